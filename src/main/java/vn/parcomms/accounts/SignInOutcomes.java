package vn.parcomms.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.parcomms.shared.Texts;

/**
 * What happens after a sign-in attempt: a success clears the failure count; a wrong password
 * counts, and the configured number of consecutive failures locks the account for a while.
 * The sign-in page then shows the reason in Vietnamese and keeps the username typed.
 */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final String ERROR_ATTRIBUTE = "parcomms.signin.error";
    static final String USERNAME_ATTRIBUTE = "parcomms.signin.username";

    private final UserAccounts users;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInOutcomes(UserAccounts users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            users.recordSuccessfulSignIn(principal.userId());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = Texts.clean(request.getParameter("username"));
        SignInMessage error = describe(username, exception);
        var session = request.getSession();
        session.setAttribute(ERROR_ATTRIBUTE, error);
        session.setAttribute(USERNAME_ATTRIBUTE, username == null ? "" : username.substring(0, Math.min(60, username.length())));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private SignInMessage describe(String username, AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return new SignInMessage("signin.error.disabled", List.of());
        }
        if (exception instanceof LockedException) {
            return lockedMessage(username);
        }
        if (exception instanceof BadCredentialsException && username != null && username.length() <= 60) {
            var user = users.findByUsername(username);
            if (user.isPresent()) {
                int failures = users.recordFailedSignIn(user.get().id());
                if (failures >= settings.maxFailedSignIns()) {
                    users.lockUntil(user.get().id(), clock.instant().plus(settings.lockout()));
                    return new SignInMessage("signin.error.locked-now",
                            List.of(settings.maxFailedSignIns(), minutes(settings.lockout())));
                }
            }
        }
        return new SignInMessage("signin.error.bad-credentials", List.of());
    }

    private SignInMessage lockedMessage(String username) {
        Instant until = username == null ? null : users.findByUsername(username).map(UserAccount::lockedUntil).orElse(null);
        long minutes = until == null ? minutes(settings.lockout())
                : Math.max(1, (Duration.between(clock.instant(), until).getSeconds() + 59) / 60);
        return new SignInMessage("signin.error.locked", List.of(minutes));
    }

    private static long minutes(Duration duration) {
        return Math.max(1, duration.toMinutes());
    }
}
