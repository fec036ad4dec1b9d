package vn.parcomms.accounts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users with their roles and published API tokens. Used only by the demo data
 * loader; the users are flagged so that the production profile can refuse them.
 */
@Service
public class DemoAccounts {

    private final AccountDirectory accounts;
    private final ApiTokens tokens;
    private final UserAccounts users;

    DemoAccounts(AccountDirectory accounts, ApiTokens tokens, UserAccounts users) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.users = users;
    }

    public boolean anyUsers() {
        return users.count() > 0;
    }

    /** Creates one demo user with its grants and a token whose secret is the given one. */
    @Transactional
    public long create(CreateUser user, List<GrantRole> grants, String tokenSecret) {
        long id = accounts.createTrusted(user, true);
        grants.forEach(grant -> accounts.grantTrusted(id, grant));
        tokens.issue(id, new CreateApiToken("Demo", null), tokenSecret);
        return id;
    }
}
