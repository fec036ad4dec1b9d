package vn.parcomms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/**
 * The reporting loop in a browser: a commune submits its Q1 report, the province returns it with a
 * comment, the commune corrects and resubmits, the province accepts, and the province roll-up shows
 * the figures and the reporting rate.
 */
@IntegrationTest
class ReportReviewBrowserTests extends BrowserTestSupport {

    @Autowired
    OrganizationDirectory organizations;

    private void switchUser(String username) {
        context.clearCookies();
        signIn(username, "ParComms@2026");
    }

    @Test
    void communeSubmitsProvinceReturnsCommuneResubmitsProvinceAcceptsAndTheRollUpShowsIt() {
        long commune = organizations.getByCode("24631").id();
        long province = organizations.getByCode("68").id();
        var recorded = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").postParts("/api/v1/activities", java.util.List.of(
                HttpApi.Part.json("activity", Map.of("organizationId", commune, "startDate", "2026-02-10", "channel", "CONFERENCE",
                        "title", "Hội nghị triển khai kế hoạch tuyên truyền CCHC năm 2026", "reach", Map.of("participants", 120))),
                HttpApi.Part.file("files", "bien-ban-hoi-nghi.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        HttpApi.withToken(port, "pc_demo_tinh_dieuphoi")
                .post("/api/v1/activities/" + recorded.json().path("id").asLong() + "/accept", Map.of("version", 0));

        signIn("xa.dieuphoi", "ParComms@2026");
        page.navigate(url("/reports"));
        page.getByLabel("Đơn vị").first().selectOption(new SelectOption().setLabel("Xã Quảng Khê"));
        page.locator("#open-period").selectOption("2026-Q1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở báo cáo")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Báo cáo Quý I/2026 — Xã Quảng Khê")))
                .isVisible();
        assertThat(page.getByTestId("figure-activities")).not().hasText("0");
        assertThat(page.locator("#channel-chart")).hasAttribute("data-drawn", "true");
        page.getByLabel("Kết quả thực hiện").fill("Tổ chức hội nghị triển khai kế hoạch với 120 đại biểu.");
        page.getByLabel("Tồn tại, hạn chế và nguyên nhân").fill("Chưa có số liệu người nghe của hệ thống loa.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Tỉnh Lâm Đồng")).click();
        assertThat(page.getByTestId("report-status")).hasText("Đã gửi, chờ duyệt");
        String reportUrl = page.url();

        switchUser("tinh.dieuphoi");
        page.navigate(reportUrl);
        page.getByLabel("Ý kiến khi trả lại").fill("Đề nghị bổ sung số liệu người nghe.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại")).click();
        assertThat(page.getByTestId("report-status")).hasText("Trả lại");

        switchUser("xa.dieuphoi");
        page.navigate(reportUrl);
        assertThat(page.locator("#main")).containsText("Đề nghị bổ sung số liệu người nghe.");
        page.getByLabel("Tồn tại, hạn chế và nguyên nhân").fill("Hệ thống loa ở 2 thôn hỏng, đã đề nghị sửa chữa.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Tỉnh Lâm Đồng")).click();
        assertThat(page.getByTestId("report-status")).hasText("Đã gửi, chờ duyệt");

        switchUser("tinh.dieuphoi");
        page.navigate(reportUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và khóa")).click();
        assertThat(page.getByTestId("report-status")).hasText("Đã duyệt (khóa)");
        assertThat(page.getByTestId("report-history")).containsText("Gửi lại");
        // The accepted report as the official document the province files.
        var pdf = page.waitForDownload(() -> page.getByTestId("report-pdf").click());
        try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf.path()))) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("BÁO CÁO",
                    "Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I/2026",
                    "Hệ thống loa ở 2 thôn hỏng, đã đề nghị sửa chữa.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.navigate(url("/reports/rollup?org=" + province + "&period=2026-Q1"));
        assertThat(page.getByTestId("reporting-rate")).containsText("Đã gửi 1/");
        assertThat(page.getByTestId("subordinate-reports")).containsText("Xã Quảng Khê");
        assertThat(page.getByTestId("figure-activities")).not().hasText("0");

        // The commune's score, point by point, and the evidence pack the assessors ask for.
        switchUser("xa.dieuphoi");
        page.navigate(url("/scores?org=" + commune + "&year=2026"));
        assertThat(page.getByTestId("score-criteria")).containsText("Mức độ hoàn thành kế hoạch");
        assertThat(page.getByTestId("score-criteria")).containsText(java.util.regex.Pattern.compile("hình thức truyền thống: [1-9][0-9]* hoạt động đã duyệt → 0,5 điểm"));
        assertThat(page.locator("#score-chart")).hasAttribute("data-drawn", "true");
        var download = page.waitForDownload(() -> page.getByTestId("evidence-pack").click());
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(download.path()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(names).contains("1-hoan-thanh-ke-hoach/ke-hoach-18-KH-UBND.html", "1-hoan-thanh-ke-hoach/bao-cao-2026-Q1.html",
                "2-da-dang-hinh-thuc/danh-muc-hoat-dong.xlsx",
                "2-da-dang-hinh-thuc/minh-chung/" + recorded.json().path("id").asLong() + "-bien-ban-hoi-nghi.pdf");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }
}
