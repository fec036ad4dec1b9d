package vn.parcomms.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the signed-in user and their current grants once per request. A user deactivated while
 * signed in is signed out here, on their next request.
 */
class CurrentUserFilter extends OncePerRequestFilter {

    private final UserAccounts users;
    private final ApiProblemWriter problems;

    CurrentUserFilter(UserAccounts users, ApiProblemWriter problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var user = users.findById(principal.userId()).filter(UserAccount::active);
            if (user.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                var expired = new jakarta.servlet.http.Cookie(SecurityConfiguration.SESSION_COOKIE, "");
                expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                expired.setMaxAge(0);
                expired.setHttpOnly(true);
                response.addCookie(expired);
                if (ApiProblemWriter.isApi(request)) {
                    problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.deactivated");
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?deactivated");
                }
                return;
            }
            UserAccount account = user.get();
            boolean viaToken = authentication instanceof ApiTokenAuthentication;
            request.setAttribute(RequestActor.ATTRIBUTE, new CurrentUser(account.id(), account.username(),
                    account.fullName(), account.organizationId(), account.organizationName(), account.organizationPath(),
                    users.activeGrants(account.id()), viaToken));
        }
        chain.doFilter(request, response);
    }
}
