package vn.parcomms.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The security of citizens' pages (public sites, procedure lookup and API): anonymous, stateless (no session
 * is ever created), read-only, with the module's content policy and the platform's other headers.
 */
public final class PublicChains {

    private PublicChains() {
    }

    /** Applies it to a chain that the caller has limited to its own requests with {@code securityMatcher}. */
    public static HttpSecurity anonymousReadOnly(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        return http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    }
}
