package vn.parcomms.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/** The report pages through a signed-in session: open, write, submit with errors kept, review, roll-up. */
@IntegrationTest
class ReportPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    private HttpApi signedIn(String username) {
        var browser = HttpApi.browser(port);
        browser.signIn(username, "ParComms@2026");
        return browser;
    }

    @Test
    void communeOpensWritesAndSubmitsTheProvinceReturnsAndAcceptsAndRollsItUp() {
        var commune = signedIn("xa.dieuphoi");
        String csrf = commune.csrfFrom("/reports");
        long quangKhe = organizations.getByCode("24631").id();
        var opened = commune.postForm("/reports/open", Map.of("_csrf", csrf, "organizationId", Long.toString(quangKhe),
                "period", "2026-M09"));
        assertThat(opened.status()).isEqualTo(302);
        String location = opened.header("Location");
        String path = location.substring(location.indexOf("/reports/"));
        Document page = Jsoup.parse(commune.get(path).body());
        assertThat(page.select("h1").text()).isEqualTo("Báo cáo Tháng 09/2026 — Xã Quảng Khê");
        assertThat(page.select("[data-testid=report-status]").text()).isEqualTo("Đang soạn");
        assertThat(page.text()).contains("Số liệu từ 15/08/2026 đến 14/09/2026", "hạn 16/09/2026");

        // Submitting without the shortcomings keeps what was typed and says what is missing.
        var missing = commune.postForm(path, Map.of("_csrf", csrf, "action", "submit", "version", "0",
                "results", "Đã phát thanh 12 tin về CCHC.", "shortcomings", "", "proposals", ""));
        Document errors = Jsoup.parse(missing.body());
        assertThat(errors.select("#results").text()).isEqualTo("Đã phát thanh 12 tin về CCHC.");
        assertThat(errors.select("#shortcomings-error").text()).isEqualTo("Hãy viết phần này trước khi gửi báo cáo.");

        var sent = commune.postForm(path, Map.of("_csrf", csrf, "action", "submit", "version", "0",
                "results", "Đã phát thanh 12 tin về CCHC.", "shortcomings", "Một số thôn chưa có loa.", "proposals", ""));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(Jsoup.parse(commune.get(path).body()).select("[data-testid=report-status]").text())
                .isEqualTo("Đã gửi, chờ duyệt");

        var province = signedIn("tinh.dieuphoi");
        String provinceCsrf = province.csrfFrom(path);
        Document review = Jsoup.parse(province.get(path).body());
        String version = review.select("form[action$=/decision] input[name=version]").first().val();
        province.postForm(path + "/decision", Map.of("_csrf", provinceCsrf, "decision", "return", "version", version,
                "comment", "Bổ sung số liệu người nghe."));
        Document returned = Jsoup.parse(commune.get(path).body());
        assertThat(returned.select("[data-testid=report-status]").text()).isEqualTo("Trả lại");
        assertThat(returned.text()).contains("Bổ sung số liệu người nghe.");
        String v2 = returned.select("input[name=version]").first().val();
        commune.postForm(path, Map.of("_csrf", csrf, "action", "submit", "version", v2,
                "results", "Đã phát thanh 12 tin về CCHC, 3.000 lượt người nghe.", "shortcomings", "Một số thôn chưa có loa.",
                "proposals", ""));
        Document again = Jsoup.parse(province.get(path).body());
        String v3 = again.select("form[action$=/decision] input[name=version]").first().val();
        province.postForm(path + "/decision", Map.of("_csrf", provinceCsrf, "decision", "accept", "version", v3));
        Document accepted = Jsoup.parse(province.get(path).body());
        assertThat(accepted.select("[data-testid=report-status]").text()).isEqualTo("Đã duyệt (khóa)");
        assertThat(accepted.select("[data-testid=report-history] li").eachText())
                .anyMatch(t -> t.startsWith("Trả lại")).anyMatch(t -> t.startsWith("Gửi lại")).anyMatch(t -> t.startsWith("Duyệt"));

        long lamDong = organizations.getByCode("68").id();
        Document rollup = Jsoup.parse(province.get("/reports/rollup?org=" + lamDong + "&period=2026-M09").body());
        assertThat(rollup.select("[data-testid=reporting-rate]").text()).startsWith("Đã gửi 1/");
        assertThat(rollup.select("[data-testid=subordinate-reports]").text()).contains("Xã Quảng Khê", "Đã duyệt (khóa)");
        assertThat(rollup.select("#channel-data")).hasSize(rollup.select("#channel-chart").size());
        long center = organizations.getByCode("24631.TTDVTH").id();
        long activity = HttpApi.withToken(port, "pc_demo_xa_canbo").post("/api/v1/activities", Map.of("organizationId", center,
                "startDate", "2026-09-01", "channel", "LOUDSPEAKER", "title", "Phát thanh tin CCHC tháng 9")).json().path("id").asLong();
        HttpApi.withToken(port, "pc_demo_xa_dieuphoi").post("/api/v1/activities/" + activity + "/accept", Map.of("version", 0));
        Document live = Jsoup.parse(province.get("/reports/live?org=" + lamDong + "&period=2026-M09").body());
        assertThat(live.select("h1").text()).isEqualTo("Số liệu trực tiếp Tỉnh Lâm Đồng — Tháng 09/2026");
        assertThat(live.select("[data-testid=live-parts]").text()).contains("Xã Quảng Khê");
        assertThat(commune.get("/reports/live?period=2026-M09").status()).isEqualTo(403);
    }
}
