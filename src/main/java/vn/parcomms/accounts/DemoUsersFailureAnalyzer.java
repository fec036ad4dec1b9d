package vn.parcomms.accounts;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator why production refused to start and how to fix it, without a stack trace. */
class DemoUsersFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSafetyCheck.DemoUsersPresentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSafetyCheck.DemoUsersPresentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Vô hiệu hóa các tài khoản demo (Người dùng → Vô hiệu hóa) khi chạy hồ sơ demo, hoặc dùng một thư mục "
                        + "dữ liệu/cơ sở dữ liệu mới cho bản chính thức. Deactivate the demo users, or start production on "
                        + "a new database.", cause);
    }
}
