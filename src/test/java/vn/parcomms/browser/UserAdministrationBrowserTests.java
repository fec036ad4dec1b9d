package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import vn.parcomms.IntegrationTest;

/** A commune administrator manages a colleague's account entirely through the pages. */
@IntegrationTest
class UserAdministrationBrowserTests extends BrowserTestSupport {

    @Test
    void administratorCreatesUserGrantsRoleAndDeactivates() {
        signIn("xa.quantri", "ParComms@2026");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo người dùng")).click();

        page.getByLabel("Tên đăng nhập").fill("ttdvth.vien");
        page.getByLabel("Họ và tên").fill("Lý Thị Viên");
        htmxReady();
        page.getByLabel("Tìm đơn vị để chọn").pressSequentially("trung tam dich vu");
        var organization = page.locator("select#organizationId");
        assertThat(organization.locator("option").first()).containsText("Trung tâm Dịch vụ tổng hợp xã Quảng Khê");
        page.getByLabel("Mật khẩu ban đầu").fill("ngan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        // A weak password is explained next to the field; the rest of the form is kept.
        assertThat(page.locator("#password-error")).hasText("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(page.getByLabel("Họ và tên")).hasValue("Lý Thị Viên");

        htmxReady();
        page.getByLabel("Tìm đơn vị để chọn").pressSequentially("trung tam dich vu");
        assertThat(organization.locator("option").first()).containsText("Trung tâm Dịch vụ tổng hợp");
        page.getByLabel("Mật khẩu ban đầu").fill("Mat-khau-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lý Thị Viên"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo người dùng.");

        page.locator("select#role").selectOption(new SelectOption().setValue("STAFF"));
        htmxReady();
        page.getByLabel("Tìm đơn vị để chọn").pressSequentially("trung tam dich vu");
        assertThat(page.getByLabel("Tại đơn vị").locator("option").first()).containsText("Trung tâm Dịch vụ tổng hợp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vai trò")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thêm vai trò.");
        assertThat(page.locator("#main")).containsText("Cán bộ thực hiện");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vô hiệu hóa")).click();
        assertThat(page.getByTestId("user-state")).hasText("Đã vô hiệu hóa");
        assertThat(page.locator("#main")).containsText("Cán bộ thực hiện");
    }
}
