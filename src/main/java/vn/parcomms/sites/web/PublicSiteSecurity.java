package vn.parcomms.sites.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The readers' side of the sites (pages, feeds, sitemap, public API) in a filter chain of its own:
 * anonymous, stateless (no session is ever created), read-only, with a content policy that lets a
 * reader load a YouTube or Facebook video once they click it. Everything else stays with the main chain.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-src https://www.youtube-nocookie.com https://www.facebook.com; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private static final Pattern PUBLIC_API = Pattern.compile("^/api/v1/sites/[a-z0-9-]+/articles(/\\d+)?$");

    @Bean
    @Order(1)
    SecurityFilterChain publicSites(HttpSecurity http, SiteSlugs slugs) throws Exception {
        vn.parcomms.shared.web.PublicChains.anonymousReadOnly(http.securityMatcher(request -> isPublic(request, slugs)),
                CONTENT_SECURITY_POLICY);
        return http.build();
    }

    /** GET or HEAD of a site's pages, the cross-site search, the sitemap, or the public article API. */
    static boolean isPublic(HttpServletRequest request, SiteSlugs slugs) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/tim-kiem") || path.equals("/sitemap.xml") || PUBLIC_API.matcher(path).matches()) {
            return true;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return !first.isEmpty() && slugs.isSite(first);
    }
}
