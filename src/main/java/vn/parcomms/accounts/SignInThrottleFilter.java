package vn.parcomms.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.parcomms.shared.web.LimitPerAddress;

/**
 * Limits password sign-in attempts per client address (token bucket), so that guessing is slow
 * even across many usernames. The per-account lockout is separate, in {@link SignInOutcomes}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final LimitPerAddress attempts;

    SignInThrottleFilter(int attemptsPerMinute) {
        this.attempts = new LimitPerAddress(attemptsPerMinute, 50_000);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!attempts.take(request.getRemoteAddr()).isConsumed()) {
            request.getSession().setAttribute(SignInOutcomes.ERROR_ATTRIBUTE,
                    new SignInMessage("signin.error.throttled", java.util.List.of()));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
