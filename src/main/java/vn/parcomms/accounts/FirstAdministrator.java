package vn.parcomms.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.organizations.OrganizationDirectory;

/**
 * Creates the first system administrator of a new installation from settings (environment
 * variables), because without one nobody could sign in. Does nothing once any user exists.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Settings settings;
    private final UserAccounts users;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    FirstAdministrator(Settings settings, UserAccounts users, AccountDirectory accounts, OrganizationDirectory organizations) {
        this.settings = settings;
        this.users = users;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank() || users.count() > 0) {
            return;
        }
        AccessPolicy.asSystem(() -> {
            long organizationId = organizations.getByCode(settings.organizationCode()).id();
            long id = accounts.createTrusted(new CreateUser(settings.username(), settings.fullName(), null,
                    organizationId, settings.password()), false);
            accounts.grantTrusted(id, new GrantRole(Role.SYSTEM_ADMIN, null, true));
            return id;
        });
        log.info("Created the first system administrator '{}'", settings.username());
    }

    /**
     * The first administrator, from {@code PARCOMMS_BOOTSTRAP_ADMIN_*} environment variables.
     *
     * @param username sign-in name
     * @param password initial password (change it after signing in)
     * @param fullName full name
     * @param organizationCode code of the organization the administrator belongs to, e.g. {@code 68}
     */
    @ConfigurationProperties("parcomms.bootstrap.admin")
    record Settings(String username, String password, String fullName, String organizationCode) {

        Settings {
            fullName = fullName == null ? "Quản trị hệ thống" : fullName;
        }
    }
}
