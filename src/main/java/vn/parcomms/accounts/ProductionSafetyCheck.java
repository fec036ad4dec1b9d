package vn.parcomms.accounts;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the production profile, refuses to start while demo users (whose passwords and tokens are
 * published in the README) are still active.
 */
@Component
@Profile("prod")
@DependsOn("flywayInitializer")
class ProductionSafetyCheck implements InitializingBean {

    private final UserAccounts users;

    ProductionSafetyCheck(UserAccounts users) {
        this.users = users;
    }

    /** Raised instead of starting; {@link DemoUsersFailureAnalyzer} explains it to the operator. */
    static class DemoUsersPresentException extends IllegalStateException {
        DemoUsersPresentException(String message) {
            super(message);
        }
    }

    @Override
    public void afterPropertiesSet() {
        long demoUsers = users.countDemoUsers();
        if (demoUsers > 0) {
            throw new DemoUsersPresentException("Cơ sở dữ liệu còn " + demoUsers + " tài khoản demo đang hoạt động; hồ sơ "
                    + "'prod' không khởi động khi còn tài khoản demo. Hãy vô hiệu hóa chúng hoặc dùng cơ sở dữ liệu mới. "
                    + "(The database still has " + demoUsers + " active demo users; the prod profile refuses to start.)");
        }
    }
}
