package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;
import vn.parcomms.accounts.UserAccount;

@IntegrationTest
class SignInAndTreeBrowserTests extends BrowserTestSupport {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void communeCoordinatorSignsInSearchesTheTreeAndSwitchesLanguage() {
        signIn("xa.dieuphoi", "ParComms@2026");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xin chào, Hoàng Thị Trang")))
                .isVisible();
        assertThat(page.getByTestId("user-organization")).hasText("Phòng Văn hóa – Xã hội xã Quảng Khê");
        assertThat(page.locator("#main")).containsText("Xã Quảng Khê");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ chức").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cây tổ chức").setExact(true))).isVisible();
        htmxReady();
        // Typing triggers the htmx search; no submit needed.
        page.getByLabel("Tìm đơn vị (gõ có dấu hoặc không dấu)").pressSequentially("quang khe");
        var firstResult = page.getByTestId("search-results").locator("li").first();
        assertThat(firstResult).containsText("Xã Quảng Khê");
        assertThat(firstResult).containsText("24631");
        assertThat(page).hasURL(Pattern.compile(".*q=quang(\\+|%20)khe.*"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organization tree").setExact(true))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Hoàng Thị Trang")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xin chào, Hoàng Thị Trang")))
                .isVisible();
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }

    @Test
    void threeWrongPasswordsShowTheErrorThenTheLockout() {
        UserAccount user = testAccounts.create("24631", Role.STAFF);
        signIn(user.username(), "mat-khau-sai-1");
        assertThat(page.locator("#signin-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(page.getByLabel("Tên đăng nhập")).hasValue(user.username());
        signIn(user.username(), "mat-khau-sai-2");
        assertThat(page.locator("#signin-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
        signIn(user.username(), "mat-khau-sai-3");
        assertThat(page.locator("#signin-error"))
                .hasText("Bạn đã nhập sai mật khẩu 3 lần liên tiếp. Tài khoản bị tạm khóa trong 15 phút.");
        signIn(user.username(), TestAccounts.PASSWORD);
        assertThat(page.locator("#signin-error")).containsText("Tài khoản đang bị tạm khóa");
    }

    @Test
    void treeExpandsWithTheKeyboard() {
        signIn("tinh.dieuphoi", "ParComms@2026");
        page.navigate(url("/organizations"));
        var lamDong = page.locator("details").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Tỉnh Lâm Đồng")).first();
        lamDong.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(lamDong.locator("ul").first()).containsText("Sở Nội vụ tỉnh Lâm Đồng");
        assertThat(lamDong.locator("ul").first()).containsText("Xã Quảng Khê");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        signIn("xa.xem", "ParComms@2026");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("PARCOMMS_SESSION")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite.name()).isEqualTo("LAX");
    }
}
