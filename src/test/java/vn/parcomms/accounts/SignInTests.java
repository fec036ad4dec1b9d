package vn.parcomms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.Role;

@IntegrationTest
class SignInTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UserAccounts users;

    @Test
    void servesVietnameseSignInPageWithSecurityHeaders() {
        var page = HttpApi.browser(port).get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "lang=\"vi\"");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void signsInAndShowsTheUsersOrganization() {
        var browser = HttpApi.browser(port);
        var response = browser.signIn("xa.dieuphoi", "ParComms@2026");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/");
        var home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Hoàng Thị Trang", "Xã Quảng Khê", "Phòng Văn hóa – Xã hội xã Quảng Khê", "Điều phối");
    }

    @Test
    void locksAccountAfterThreeWrongPasswordsAndKeepsUsername() {
        UserAccount user = testAccounts.create("24631", Role.STAFF);
        var browser = HttpApi.browser(port);
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(browser.signIn(user.username(), "sai-mat-khau-1").header("Location")).endsWith("/login?error");
            var page = browser.get("/login?error");
            assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.")
                    .contains("value=\"" + user.username() + "\"");
        }
        browser.signIn(user.username(), "sai-mat-khau-1");
        assertThat(browser.get("/login?error").body())
                .contains("Bạn đã nhập sai mật khẩu 3 lần liên tiếp. Tài khoản bị tạm khóa trong 15 phút.");

        // Even the right password is refused while the lock lasts.
        browser.signIn(user.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/login?error").body()).contains("Tài khoản đang bị tạm khóa do đăng nhập sai nhiều lần.");
        assertThat(users.findById(user.id()).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void successfulSignInResetsFailureCount() {
        UserAccount user = testAccounts.create("24631", Role.STAFF);
        var browser = HttpApi.browser(port);
        browser.signIn(user.username(), "sai-mat-khau-1");
        browser.signIn(user.username(), "sai-mat-khau-1");
        assertThat(browser.signIn(user.username(), TestAccounts.PASSWORD).header("Location")).doesNotContain("error");
        var other = HttpApi.browser(port);
        other.signIn(user.username(), "sai-mat-khau-1");
        other.signIn(user.username(), "sai-mat-khau-1");
        assertThat(other.signIn(user.username(), TestAccounts.PASSWORD).header("Location")).doesNotContain("error");
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        var browser = HttpApi.browser(port);
        browser.signIn("khong-ton-tai", "bat-ky-1234");
        assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void refusesFormWithoutCsrfToken() {
        var browser = HttpApi.browser(port);
        browser.get("/login");
        var response = browser.postForm("/login", Map.of("username", "xa.dieuphoi", "password", "ParComms@2026"));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login?expired");

        browser.signIn("xa.dieuphoi", "ParComms@2026");
        var forged = browser.postForm("/profile/tokens", Map.of("name", "giả mạo"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Biểu mẫu đã hết hạn hoặc thiếu mã chống giả mạo.");
    }

    @Test
    void redirectsExpiredSessionToSignInWithMessage() {
        var browser = HttpApi.browser(port);
        browser.signIn("xa.xem", "ParComms@2026");
        var signOut = browser.postForm("/logout", Map.of("_csrf", browser.csrfFrom("/profile")));
        assertThat(signOut.header("Location")).endsWith("/login?logout");
        assertThat(browser.get("/login?expired").body()).contains("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.");
        var anonymousPage = browser.get("/organizations");
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.header("Location")).contains("/login");
    }

    @Test
    void deactivatedUserIsSignedOutOnNextRequest() {
        UserAccount user = testAccounts.create("24631", Role.VIEWER);
        var browser = HttpApi.browser(port);
        browser.signIn(user.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);

        var admin = HttpApi.withToken(port, "pc_demo_xa_quantri");
        assertThat(admin.put("/api/v1/users/" + user.id() + "/active", Map.of("active", false, "version", user.version()))
                .status()).isEqualTo(200);
        var next = browser.get("/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.header("Location")).endsWith("/login?deactivated");
        browser.signIn(user.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/login?error").body()).contains("Tài khoản đã bị vô hiệu hóa.");
    }

    @Test
    void switchesToEnglishAndBack() {
        var browser = HttpApi.browser(port);
        assertThat(browser.get("/login?lang=en").body()).contains("Sign in", "Username", "lang=\"en\"");
        assertThat(browser.get("/login").body()).contains("Sign in");
        assertThat(browser.get("/login?lang=vi").body()).contains("Đăng nhập", "Tên đăng nhập");
    }
}
