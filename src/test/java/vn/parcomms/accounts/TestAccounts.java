package vn.parcomms.accounts;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.organizations.OrganizationDirectory;

/** Creates throw-away users for tests, so tests never lock or change the shared demo users. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Thu-nghiem-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final ApiTokens tokens;

    TestAccounts(AccountDirectory accounts, OrganizationDirectory organizations, ApiTokens tokens) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.tokens = tokens;
    }

    /** A new active user of the organization with the given code, holding one role there (with subtree). */
    public UserAccount create(String organizationCode, Role role) {
        return AccessPolicy.asSystem(() -> {
            long organizationId = organizations.getByCode(organizationCode).id();
            String username = "test" + System.nanoTime() % 100_000 + "." + SEQUENCE.incrementAndGet();
            UserAccount user = accounts.create(new CreateUser(username, "Người Thử Nghiệm", null, organizationId, PASSWORD));
            if (role != null) {
                accounts.grant(user.id(), new GrantRole(role, organizationId, true));
            }
            return accounts.get(user.id());
        });
    }

    /** A fresh token for the user. */
    public String tokenFor(UserAccount user) {
        return tokens.create(user.id(), new CreateApiToken("test", null)).secret();
    }
}
