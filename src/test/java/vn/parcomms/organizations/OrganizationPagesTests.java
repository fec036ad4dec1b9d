package vn.parcomms.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;

/** The organization pages through real HTTP, as a browser without JavaScript would use them. */
@IntegrationTest
class OrganizationPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory directory;

    private HttpApi signedIn(String username) {
        var browser = HttpApi.browser(port);
        browser.signIn(username, "ParComms@2026");
        return browser;
    }

    @Test
    void treeSearchWorksWithoutJavaScriptAndAsHtmxFragment() {
        var browser = signedIn("xa.dieuphoi");
        var page = browser.get("/organizations?q=" + HttpApi.encode("quang khe"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Xã Quảng Khê", "Tỉnh Lâm Đồng", "Cây tổ chức");
    }

    @Test
    void overlongSearchOnThePageShowsVietnameseMessage() {
        var page = signedIn("xa.dieuphoi").get("/organizations?q=" + "x".repeat(10_000));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Từ khóa tìm kiếm dài quá 100 ký tự.");
    }

    @Test
    void searchTextIsEscapedInThePage() {
        var page = signedIn("xa.dieuphoi").get("/organizations?q=" + HttpApi.encode("<script>alert(1)</script>"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void invalidBodyFormKeepsWhatTheUserTypedAndExplainsEachField() {
        var browser = signedIn("xa.dieuphoi");
        long commune = directory.getByCode("24631").id();
        String csrf = browser.csrfFrom("/organizations/" + commune + "/bodies/new");
        var fields = new HashMap<String, String>(Map.of("_csrf", csrf, "code", "24631.VHXH", "name", "Ban Văn hóa thử",
                "shortName", "Ban thử", "kind", "OFFICE", "validFrom", "2026-02-01"));
        var response = browser.postForm("/organizations/" + commune + "/bodies", fields);
        assertThat(response.status()).isEqualTo(200);
        var form = Jsoup.parse(response.body());
        assertThat(form.select("#code-error").text()).isEqualTo("Mã \"24631.VHXH\" đã được đơn vị khác sử dụng.");
        assertThat(form.select("input[name=name]").val()).isEqualTo("Ban Văn hóa thử");
        assertThat(form.select("input[name=shortName]").val()).isEqualTo("Ban thử");
        assertThat(form.select("select[name=kind] option[selected]").val()).isEqualTo("OFFICE");

        fields.put("code", "");
        fields.put("name", "");
        var empty = browser.postForm("/organizations/" + commune + "/bodies", fields);
        var emptyForm = Jsoup.parse(empty.body());
        assertThat(emptyForm.select("#name-error").text()).isEqualTo("Không được để trống.");
        assertThat(emptyForm.select("#code-error").text()).isEqualTo("Không được để trống.");
        assertThat(emptyForm.select("input[name=shortName]").val()).isEqualTo("Ban thử");
    }

    @Test
    void createsBodyThroughTheForm() {
        var browser = signedIn("xa.dieuphoi");
        long commune = directory.getByCode("24631").id();
        String csrf = browser.csrfFrom("/organizations/" + commune + "/bodies/new");
        var response = browser.postForm("/organizations/" + commune + "/bodies", Map.of("_csrf", csrf,
                "code", "24631.HPN", "name", "Hội Liên hiệp Phụ nữ xã Quảng Khê", "kind", "MASS_ORGANIZATION",
                "validFrom", "2026-01-01"));
        assertThat(response.status()).isEqualTo(302);
        var page = browser.get(response.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Hội Liên hiệp Phụ nữ xã Quảng Khê", "Đã thêm đơn vị.");
    }

    @Test
    void concurrentEditKeepsTheUsersTextAndShowsTheStoredVersion() {
        var browser = signedIn("xa.dieuphoi");
        Organization office = directory.getByCode("24631.TTPVHCC");
        String csrf = browser.csrfFrom("/organizations/" + office.id() + "/edit");
        var first = browser.postForm("/organizations/" + office.id(), Map.of("_csrf", csrf,
                "version", String.valueOf(office.version()), "name", office.name(), "shortName", "Một cửa",
                "kind", "CENTER", "validFrom", "2025-07-01"));
        assertThat(first.status()).isEqualTo(302);

        var stale = browser.postForm("/organizations/" + office.id(), Map.of("_csrf", csrf,
                "version", String.valueOf(office.version()), "name", office.name(), "shortName", "Bộ phận một cửa",
                "kind", "CENTER", "validFrom", "2025-07-01"));
        assertThat(stale.status()).isEqualTo(200);
        var page = Jsoup.parse(stale.body());
        assertThat(page.select("#conflict").text()).contains("Người khác vừa lưu thay đổi đơn vị này.")
                .contains("tên ngắn \"Một cửa\"");
        assertThat(page.select("input[name=shortName]").val()).isEqualTo("Bộ phận một cửa");
        assertThat(directory.get(office.id()).shortName()).isEqualTo("Một cửa");
    }

    @Test
    void viewerSeesTheTreeButNotTheEditButtons() {
        var browser = signedIn("xa.xem");
        long commune = directory.getByCode("24631").id();
        var page = browser.get("/organizations/" + commune);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Xã Quảng Khê").doesNotContain("/bodies/new");
        assertThat(browser.get("/organizations/" + commune + "/bodies/new").status()).isEqualTo(403);
    }
}
