package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

/**
 * The newsroom of Xã Quảng Khê: staff writes and submits, the editor rejects with a comment, staff
 * corrects and resubmits, the editor schedules it, the scheduler publishes it; a reader then finds it
 * by searching without diacritics and in the RSS feed, and axe-core finds no serious violation on the
 * home, article and search pages.
 */
@IntegrationTest
class SiteEditorialBrowserTests extends BrowserTestSupport {

    private void switchUser(String username) {
        // Leave the page first: its presence poll must not race the sign-in for the CSRF cookie.
        page.navigate("about:blank");
        context.clearCookies();
        signIn(username, "ParComms@2026");
    }

    private void noSeriousViolations(String where) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(serious).as("axe-core on " + where).isEmpty();
    }

    /** A 1,200-pixel photo, written as a PNG file for the file chooser. */
    private static Path photo() {
        try {
            BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(30, 110, 60));
            g.fillRect(0, 0, 1200, 800);
            g.setColor(Color.WHITE);
            g.fillOval(400, 200, 400, 400);
            g.dispose();
            Path file = Files.createTempFile("tuyen-truyen", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void staffWritesEditorRejectsStaffResubmitsEditorSchedulesAndReadersFindIt() {
        String title = "Tuyên truyền dịch vụ công trực tuyến tại thôn Đắk Mre";
        switchUser("xa.canbo");
        page.navigate(url("/sites"));
        page.getByTestId("site-list").getByText("Trang thông tin cải cách hành chính xã Quảng Khê").click();
        page.getByTestId("write-article").click();
        page.getByLabel("Tiêu đề").fill(title);
        page.getByLabel("Chuyên mục").selectOption("Tin tức – Sự kiện");
        page.getByLabel("Tóm tắt").fill("Cán bộ xã hướng dẫn bà con nộp hồ sơ trực tuyến.");
        // The body editor: formatting from the toolbar, and a photo uploaded and placed in the text.
        Locator body = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nội dung").setExact(true));
        body.click();
        page.keyboard().type("Buổi tuyên truyền có ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đậm").setExact(true)).click();
        page.keyboard().type("80 người");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đậm").setExact(true)).click();
        page.keyboard().type(" tham dự.");
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chèn ảnh")).click();
        page.getByLabel("Tệp ảnh (JPEG, PNG, GIF)").setInputFiles(photo());
        page.getByLabel("Chú thích ảnh").fill("Cán bộ xã hướng dẫn bà con tại nhà văn hoá thôn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và chèn ảnh")).click();
        assertThat(page.getByTestId("editor-status")).hasText("Hãy mô tả ảnh cho người không xem được ảnh.");
        page.locator("#body-image-alt").fill("Bà con nghe hướng dẫn nộp hồ sơ trực tuyến");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và chèn ảnh")).click();
        assertThat(page.getByTestId("editor-status")).hasText("Đã chèn ảnh.");
        assertThat(body.locator("figure img")).hasAttribute("alt", "Bà con nghe hướng dẫn nộp hồ sơ trực tuyến");
        assertThat(body.locator("strong, b")).hasText("80 người");
        // Pasting from Word keeps the text and the structure, not Word's styles, classes or scripts.
        body.locator("p").last().click();
        page.evaluate("html => { const data = new DataTransfer(); data.setData('text/html', html);"
                + " document.getElementById('body-editor').dispatchEvent(new ClipboardEvent('paste',"
                + " { clipboardData: data, bubbles: true, cancelable: true })); }",
                "<p class=MsoNormal style='color:red'><span style='font-family:Times'>Dán từ Word</span><o:p></o:p></p>"
                        + "<script>alert(1)</script><h1 onclick='alert(2)'>Tiêu đề lớn</h1>");
        assertThat(body.locator("p", new Locator.LocatorOptions().setHasText("Dán từ Word"))).hasCount(1);
        assertThat(body.locator("h2")).hasText("Tiêu đề lớn");
        assertThat(body.locator("[style], [class], [onclick], script, span")).hasCount(0);
        noSeriousViolations("editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
        assertThat(page.getByTestId("article-state")).hasText("Bản nháp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi duyệt")).click();
        assertThat(page.getByTestId("article-state")).hasText("Chờ duyệt");
        String editionUrl = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và đăng ngay"))).hasCount(0);

        switchUser("xa.bientap");
        page.navigate(url(editionUrl));
        page.getByLabel("Ý kiến gửi người viết").fill("Bổ sung số hồ sơ đã nộp trong buổi tuyên truyền.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
        assertThat(page.getByTestId("article-state")).hasText("Bị trả lại");

        switchUser("xa.canbo");
        page.navigate(url(editionUrl));
        assertThat(page.getByTestId("review-comment")).hasText("Bổ sung số hồ sơ đã nộp trong buổi tuyên truyền.");
        Locator again = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nội dung").setExact(true));
        assertThat(again.locator("figure img")).isVisible();
        again.locator("p", new Locator.LocatorOptions().setHasText("tham dự.")).click();
        page.keyboard().press("End");
        page.keyboard().type(" 25 hồ sơ được nộp trực tuyến ngay tại chỗ.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi duyệt")).click();
        assertThat(page.getByTestId("article-state")).hasText("Chờ duyệt");

        switchUser("xa.bientap");
        page.navigate(url(editionUrl));
        // The field takes minutes: aim at the next minute, or the one after when this minute is nearly over,
        // so that the time is still in the future when the form arrives.
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String at = now.plusMinutes(now.getSecond() >= 45 ? 2 : 1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        page.getByLabel("Hẹn đăng lúc").fill(at);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và hẹn giờ đăng")).click();
        assertThat(page.getByTestId("article-state")).hasText("Đã hẹn giờ đăng");

        // The scheduler publishes it once its minute comes (it looks every 2 s in tests).
        for (int i = 0; i < 80 && !page.getByTestId("article-state").innerText().equals("Đã đăng"); i++) {
            page.waitForTimeout(2_000);
            page.reload();
        }
        assertThat(page.getByTestId("article-state")).hasText("Đã đăng");
        assertThat(page.getByTestId("article-history")).containsText("Tự động đăng theo giờ hẹn");

        // A reader, signed out.
        page.navigate("about:blank");
        context.clearCookies();
        page.navigate(url("/xa-quang-khe/"));
        assertThat(page.locator("main")).containsText(title);
        noSeriousViolations("home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".article-body")).containsText("25 hồ sơ");
        assertThat(page.locator(".article-body strong, .article-body b")).hasText("80 người");
        assertThat(page.locator(".article-body figure img")).hasAttribute("alt", "Bà con nghe hướng dẫn nộp hồ sơ trực tuyến");
        assertThat(page.locator(".article-body figcaption")).hasText("Cán bộ xã hướng dẫn bà con tại nhà văn hoá thôn");
        assertThat(page.locator(".article-body figure img")).hasJSProperty("naturalWidth", 960);
        assertThat(page.locator("script:not([src])")).hasCount(0);
        noSeriousViolations("article");
        page.getByLabel("Tìm trong trang").fill("dich vu cong truc tuyen Dak Mre");
        page.getByLabel("Tìm trong trang").press("Enter");
        assertThat(page.getByTestId("hits")).containsText(title);
        assertThat(page.getByTestId("hits").locator("mark").first()).isVisible();
        noSeriousViolations("search");

        var rss = HttpApi.anonymous(port).get("/xa-quang-khe/rss.xml");
        assertThat(rss.body()).contains("<title>" + title + "</title>");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }
}
