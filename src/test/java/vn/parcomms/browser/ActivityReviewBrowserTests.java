package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.parcomms.IntegrationTest;

/**
 * The execution loop on a phone: staff record an activity with a photo from the inbox, the
 * coordinator returns it, staff correct it, the coordinator accepts it, and plan progress moves.
 */
@IntegrationTest
class ActivityReviewBrowserTests extends BrowserTestSupport {

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xf0a500));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private void switchUser(String username) {
        context.clearCookies();
        signIn(username, "ParComms@2026");
    }

    @Test
    void staffRecordsWithAPhotoCoordinatorReturnsStaffCorrectsCoordinatorAcceptsAndProgressMoves() throws IOException {
        signIn("xa.canbo", "ParComms@2026");
        page.navigate(url("/inbox"));
        Locator item = page.getByTestId("inbox-items").locator("li").filter(new Locator.FilterOptions().setHasText("2026-Q2"))
                .filter(new Locator.FilterOptions().setHasText("Chủ trì")).first();
        assertThat(item.getByTestId("occurrence-state")).hasText("Quá hạn");
        Locator record = item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ghi nhận kết quả"));
        Matcher occurrence = Pattern.compile("occurrenceId=(\\d+)").matcher(record.getAttribute("href"));
        assertThat(occurrence.find()).isTrue();
        String occurrenceId = occurrence.group(1);
        record.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ghi nhận hoạt động"))).isVisible();
        assertThat(page.getByLabel("Nhiệm vụ, kỳ thực hiện")).hasValue(occurrenceId);
        page.getByLabel("Tiêu đề").fill("Phát thanh tin CCHC trên hệ thống loa quý II");
        page.getByLabel("Từ ngày").fill("2026-06-12");
        page.getByLabel("Hình thức").selectOption("LOUDSPEAKER");
        page.getByLabel("Người nghe").fill("1200");
        page.getByLabel("Số lần phát").fill("3");
        page.getByLabel("Liên kết").fill("https://quangkhe.example/tin-cchc-quy-2");
        page.getByLabel("Chụp ảnh").setInputFiles(new FilePayload("pa-no-quy-2.jpg", "image/jpeg", photo()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi duyệt")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã ghi nhận hoạt động");
        assertThat(page.getByTestId("activity-status")).hasText("Chờ duyệt");
        assertThat(page.getByTestId("evidence-files").locator("img")).hasAttribute("alt", "Ảnh minh chứng pa-no-quy-2.jpg");
        String activityUrl = page.url();

        switchUser("xa.dieuphoi");
        page.navigate(activityUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hãy ghi lý do trả lại.");
        page.getByLabel("Lý do trả lại").fill("Thiếu số liệu thời lượng phát");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
        assertThat(page.getByTestId("activity-status")).hasText("Trả lại");

        switchUser("xa.canbo");
        page.navigate(activityUrl);
        assertThat(page.locator("#main")).containsText("Thiếu số liệu thời lượng phát");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa hoạt động")).click();
        page.getByLabel("Thời lượng (phút)").fill("15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và gửi duyệt lại")).click();
        assertThat(page.getByTestId("activity-status")).hasText("Chờ duyệt");

        switchUser("xa.dieuphoi");
        page.navigate(activityUrl);
        assertThat(page.getByTestId("audit-trail")).containsText("Thời lượng: (trống) → 15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt").setExact(true)).click();
        assertThat(page.getByTestId("activity-status")).hasText("Đã duyệt");

        page.getByTestId("activity-status").page().locator("a[href*='/progress']").first().click();
        Locator row = page.getByTestId("occurrence-progress").locator("tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("a[href$='occurrenceId=" + occurrenceId + "']")));
        assertThat(row).containsText("Hoàn thành");
        assertThat(page.locator("#progress-chart")).hasAttribute("data-drawn", "true");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }
}
