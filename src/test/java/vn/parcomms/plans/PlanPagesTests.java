package vn.parcomms.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

/** The plan pages through real HTTP, as a browser without JavaScript would use them, on the demo plans. */
@IntegrationTest
class PlanPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanManagement plans;

    private HttpApi signedIn(String username) {
        var browser = HttpApi.browser(port);
        browser.signIn(username, "ParComms@2026");
        return browser;
    }

    private long demoPlan(String number) {
        return vn.parcomms.access.AccessPolicy.asSystem(() -> plans.list(2026, null, null)).stream()
                .filter(p -> number.equals(p.documentNumber())).findFirst().orElseThrow().id();
    }

    @Test
    void showsTheCommunePlanWithItsSectionsAndTaskTable() {
        var page = signedIn("xa.xem").get("/plans/" + demoPlan("18/KH-UBND"));
        assertThat(page.status()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).contains("cải cách hành chính năm 2026");
        assertThat(html.text()).contains("Mục đích", "Phòng Văn hóa – Xã hội", "Số: 18/KH-UBND");
        assertThat(html.select("[data-testid=task-table] tbody tr")).hasSizeGreaterThan(20);
    }

    @Test
    void listsPlansAndShowsHistoryRevisionsAndCompliance() {
        var browser = signedIn("tinh.dieuphoi");
        assertThat(browser.get("/plans?year=2026&status=ISSUED").body()).contains("428/KH-UBND", "18/KH-UBND");
        long commune = vn.parcomms.access.AccessPolicy.asSystem(() -> plans.get(demoPlan("18/KH-UBND"))).issuerId();
        var filtered = Jsoup.parse(browser.get("/plans?issuerId=" + commune).body()).select("table tbody").text();
        assertThat(filtered).contains("18/KH-UBND").doesNotContain("428/KH-UBND");
        long province = demoPlan("428/KH-UBND");
        var history = browser.get("/plans/" + province + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("Phiên bản 1", "Ban hành");
        var revision = browser.get("/plans/" + province + "/revisions/1");
        assertThat(revision.status()).isEqualTo(200);
        assertThat(revision.body()).contains("Bạn đang xem phiên bản 1");
        var compliance = browser.get("/plans/" + province + "/obligations?state=ISSUED_ON_TIME");
        assertThat(compliance.status()).isEqualTo(200);
        assertThat(Jsoup.parse(compliance.body()).select("[data-testid=compliance-table] tbody tr")).hasSize(1);
        var csv = browser.get("/plans/" + province + "/obligations?format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Xã Quảng Khê", "ISSUED_ON_TIME").hasLineCount(130);
    }

    @Test
    void amendmentThroughThePageIsRecordedAndDiffed() {
        var browser = signedIn("tinh.dieuphoi");
        long province = demoPlan("428/KH-UBND");
        var edit = Jsoup.parse(browser.get("/plans/" + province + "/edit").body());
        assertThat(edit.select("textarea[name=purposes]").text()).isNotBlank();
        assertThat(edit.select("select[name=topics] option[selected]")).isNotEmpty();
        var form = edit.select("#plan-form").first();
        var fields = new java.util.HashMap<String, String>();
        form.select("input[name], textarea[name]").forEach(e -> fields.put(e.attr("name"), e.is("textarea") ? e.wholeText() : e.val()));
        form.select("select[name]:not([multiple])").forEach(e -> fields.put(e.attr("name"),
                e.select("option[selected]").isEmpty() ? "" : e.select("option[selected]").val()));
        // Multiple choices travel as one comma-separated value, which Spring splits back into a list.
        form.select("select[name][multiple]").forEach(e -> fields.put(e.attr("name"),
                String.join(",", e.select("option[selected]").eachAttr("value"))));
        fields.put("budget", "Kinh phí bổ sung theo văn bản sửa đổi.");
        fields.remove("amendingNumber");
        var refused = browser.postForm("/plans/" + province, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Kế hoạch đã ban hành chỉ được sửa bằng văn bản sửa đổi");

        fields.put("amendingNumber", "45/KH-UBND");
        fields.put("reason", "Bổ sung kinh phí");
        var amended = browser.postForm("/plans/" + province, fields);
        assertThat(amended.status()).as(amended.body()).isEqualTo(302);
        var history = browser.get("/plans/" + province + "/history").body();
        assertThat(history).contains("Phiên bản 2", "45/KH-UBND", "Bổ sung kinh phí", "Kinh phí bổ sung theo văn bản sửa đổi.");
        // Only the budget changed: the sections and lists the form carried back are intact.
        var changes = Jsoup.parse(history).select("li.card").last().select("tbody tr");
        assertThat(changes).hasSize(1);
        assertThat(changes.text()).contains("budget");
    }

    @Test
    void taskFormWorksAsAWholePageWithoutJavaScript() {
        var browser = signedIn("tinh.dieuphoi");
        var created = HttpApi.withToken(port, "pc_demo_tinh_dieuphoi").post("/api/v1/plans", Map.of(
                "issuerId", demoIssuer(), "year", 2027, "title", "Kế hoạch thử trang", "version", 0));
        long planId = created.json().path("id").asLong();
        var page = browser.get("/plans/" + planId + "/tasks/new");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<main", "Thêm nhiệm vụ", "name=\"timing\"");
        String csrf = browser.csrfFrom("/plans/" + planId + "/tasks/new");
        var invalid = browser.postForm("/plans/" + planId + "/tasks", Map.of("_csrf", csrf, "number", "x.1", "title", "",
                "timing", "Hằng quý", "version", "0"));
        var html = Jsoup.parse(invalid.body());
        assertThat(html.select("#task-number-error").text()).isNotBlank();
        assertThat(html.select("#task-title-error").text()).isEqualTo("Không được để trống.");
        assertThat(html.select("#task-timing").val()).isEqualTo("Hằng quý");
    }

    @Test
    void globalAdministratorManagesVocabulariesOthersDoNotSeeThem() {
        var admin = signedIn("admin");
        var page = admin.get("/admin/vocabularies?vocabulary=CHANNEL");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Danh mục dùng chung", "ZALO");
        String csrf = admin.csrfFrom("/admin/vocabularies?vocabulary=CHANNEL");
        var bad = admin.postForm("/admin/vocabularies/CHANNEL", Map.of("_csrf", csrf, "code", "mã sai", "labelVi", "Kênh thử",
                "labelEn", ""));
        var badPage = Jsoup.parse(bad.body());
        assertThat(badPage.select("#code-error").text()).isEqualTo("Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới.");
        assertThat(badPage.select("#labelEn-error").text()).isEqualTo("Không được để trống.");
        assertThat(badPage.select("#labelVi").val()).isEqualTo("Kênh thử");
        assertThat(admin.postForm("/admin/vocabularies/CHANNEL", Map.of("_csrf", csrf, "code", "KENH_THU",
                "labelVi", "Kênh thử", "labelEn", "Test channel")).status()).isEqualTo(302);
        assertThat(admin.postForm("/admin/vocabularies/CHANNEL/KENH_THU/retired", Map.of("_csrf", csrf, "retired", "true"))
                .status()).isEqualTo(302);
        assertThat(Jsoup.parse(admin.get("/admin/vocabularies?vocabulary=CHANNEL").body())
                .select("tr:contains(KENH_THU)").text()).contains("Ngừng sử dụng");
        var commune = signedIn("xa.quantri");
        assertThat(commune.get("/").body()).doesNotContain("/admin/vocabularies");
        assertThat(commune.get("/admin/vocabularies").status()).isEqualTo(403);
    }

    private long demoIssuer() {
        return vn.parcomms.access.AccessPolicy.asSystem(() -> plans.list(2026, null, null)).stream()
                .filter(p -> "428/KH-UBND".equals(p.documentNumber())).findFirst().orElseThrow().issuerId();
    }
}
