package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.parcomms.IntegrationTest;

/** The shell on a phone-sized screen: the menu collapses behind a button that opens it. */
@IntegrationTest
class PhoneBrowserTests extends BrowserTestSupport {

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }

    @Test
    void menuCollapsesAndOpensOnAPhone() {
        signIn("xa.quantri", "ParComms@2026");
        var users = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Người dùng").setExact(true)).first();
        assertThat(users).isHidden();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở/đóng trình đơn")).click();
        // Let Bootstrap finish opening the menu before clicking inside it.
        page.waitForSelector("#main-nav.show:not(.collapsing)");
        assertThat(users).isVisible();
        users.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Người dùng"))).isVisible();
        assertThat(page.locator("table")).containsText("xa.canbo");
    }
}
