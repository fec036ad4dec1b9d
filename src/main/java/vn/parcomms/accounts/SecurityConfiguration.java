package vn.parcomms.accounts;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in with username and password (session) for pages, personal API tokens (Bearer) for the
 * API, CSRF on every form and htmx request, and headers with a strict Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: scripts and styles come from our own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /** Read by the error page to explain a CSRF failure (an expired form) instead of a plain 403. */
    static final String CSRF_FAILED_ATTRIBUTE = "parcomms.csrfFailed";

    static final String SESSION_COOKIE = "PARCOMMS_SESSION";

    private static final RequestMatcher API = ApiProblemWriter::isApi;

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SignInOutcomes outcomes, ApiTokens tokens, UserAccounts users,
            ApiProblemWriter problems, SecuritySettings settings) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/organizations", "/api/v1/organizations/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE))
                // The CSRF token lives in an HttpOnly cookie rather than the session, so anonymous pages
                // (the sign-in page above all) create no server-side session.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .sessionManagement(session -> session.invalidSessionStrategy((request, response) -> {
                    // Spring Security also lands here when a form lacks a CSRF token and the session has
                    // none stored yet; only a stale session id really means "expired".
                    boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                    if (!expired) {
                        csrfDenied(request, response, problems);
                    } else if (ApiProblemWriter.isApi(request)) {
                        problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.session-expired");
                    } else {
                        request.getSession(true);
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                    }
                }))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.required");
                        }, API)
                        // An htmx request of a page whose session ended (a poll, a search box) gets 401, which
                        // htmx does not swap in, instead of the sign-in page inside a fragment.
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                response.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                request -> "true".equals(request.getHeader("HX-Request")))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(accessDenied(problems)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(settings.signInAttemptsPerMinute()),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CurrentUserFilter(users, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieName("PARCOMMS_CSRF");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return repository;
    }

    private static AccessDeniedHandler accessDenied(ApiProblemWriter problems) {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                csrfDenied(request, response, problems);
            } else if (ApiProblemWriter.isApi(request)) {
                problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.forbidden");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    /** A form or call without a valid CSRF token: usually a page left open too long. */
    private static void csrfDenied(HttpServletRequest request, HttpServletResponse response, ApiProblemWriter problems)
            throws IOException {
        if (ApiProblemWriter.isApi(request)) {
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.csrf");
        } else if ("/login".equals(request.getServletPath())) {
            redirect(request, response, "/login?expired");
        } else {
            request.setAttribute(CSRF_FAILED_ATTRIBUTE, true);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
