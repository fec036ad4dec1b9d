package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.parcomms.IntegrationTest;

/**
 * A citizen looks up a procedure on a phone, with suggestions as they type and a typo; at the service
 * center the kiosk shows fields as large buttons and goes back to the start after a spell without a touch.
 */
@IntegrationTest
class ProcedureLookupBrowserTests extends BrowserTestSupport {

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setHasTouch(true).setIsMobile(true);
    }

    private void noSeriousViolations(String where) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(serious).as("axe-core on " + where).isEmpty();
    }

    @Test
    void aCitizenFindsBirthRegistrationDespiteATypoAndReadsWhatToBring() {
        page.navigate(url("/thu-tuc"));
        htmxReady();
        noSeriousViolations("lookup");
        page.getByLabel("Tìm thủ tục").pressSequentially("khai snh", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(page.getByTestId("suggestions").getByRole(AriaRole.LINK).first()).hasText("Đăng ký khai sinh");
        page.getByTestId("suggestions").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Đăng ký khai sinh").setExact(true)).click();
        assertThat(page.getByTestId("procedure-name")).hasText("Đăng ký khai sinh");
        assertThat(page.getByTestId("dossier")).containsText("Tờ khai đăng ký khai sinh");
        assertThat(page.getByTestId("processing-time")).not().isEmpty();
        assertThat(page.locator("img[src$='qr.svg']")).isVisible();
        noSeriousViolations("detail");

        page.navigate(url("/thu-tuc?q=" + "chung+thuc&level=COMMUNE"));
        assertThat(page.getByTestId("results")).containsText("Chứng thực di chúc");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }

    @Test
    void theKioskOffersLargeButtonsAndResetsItselfAfterASpellWithoutATouch() {
        page.navigate(url("/kiosk/thu-tuc?reset=5"));
        var tiles = page.getByTestId("kiosk-fields").getByRole(AriaRole.LINK);
        assertThat(tiles.first()).isVisible();
        var box = tiles.first().boundingBox();
        assertThat(box.height).isGreaterThanOrEqualTo(48);
        assertThat(page.locator("a[href*='login']")).hasCount(0);
        noSeriousViolations("kiosk");
        page.getByTestId("kiosk-fields").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Hộ tịch").setExact(true)).tap();
        assertThat(page.getByTestId("kiosk-results")).containsText("Đăng ký kết hôn");
        page.getByTestId("kiosk-results").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Đăng ký kết hôn").setExact(true)).tap();
        assertThat(page.getByTestId("procedure-name")).hasText("Đăng ký kết hôn");
        var back = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("‹ Trang đầu"));
        assertThat(back.boundingBox().height).isGreaterThanOrEqualTo(48);
        // Nobody touches the screen: after 5 seconds it is back at the start, with nothing of the last search.
        page.waitForURL(Pattern.compile(".*/kiosk/thu-tuc\\?reset=5$"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(page.getByTestId("kiosk-fields")).isVisible();
        assertThat(page.locator("#kiosk-q")).hasValue("");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }
}
