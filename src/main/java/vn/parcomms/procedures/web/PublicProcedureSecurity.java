package vn.parcomms.procedures.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The citizens' side of procedures (lookup pages, kiosk, QR codes, the open JSON API) in a chain of its
 * own: anonymous, stateless, read-only. The API answers GET from any origin (CORS, no credentials), so a
 * phone or web app can call it directly.
 */
@Configuration(proxyBeanMethods = false)
class PublicProcedureSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    @Order(2)
    SecurityFilterChain publicProcedures(HttpSecurity http) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match"));
        cors.setExposedHeaders(List.of("ETag", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(86_400L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/procedures", cors);
        source.registerCorsConfiguration("/api/v1/procedures/**", cors);
        vn.parcomms.shared.web.PublicChains.anonymousReadOnly(http.securityMatcher(PublicProcedureSecurity::isPublic)
                .cors(c -> c.configurationSource(source)), CONTENT_SECURITY_POLICY);
        return http.build();
    }

    /** GET, HEAD or a CORS preflight of the lookup, the kiosk or the public API. */
    static boolean isPublic(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/thu-tuc") || path.startsWith("/thu-tuc/") || path.equals("/kiosk") || path.startsWith("/kiosk/")
                || path.equals("/api/v1/procedures") || path.startsWith("/api/v1/procedures/");
    }
}
