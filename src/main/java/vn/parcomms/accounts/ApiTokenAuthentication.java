package vn.parcomms.accounts;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token: acts with its owner's roles. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal principal;

    ApiTokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
