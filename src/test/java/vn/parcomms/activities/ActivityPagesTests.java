package vn.parcomms.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.HttpApi.Part;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.PlanManagement;

/** The activity pages through real HTTP with a signed-in session: form, list, progress and inbox. */
@IntegrationTest
class ActivityPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanManagement plans;

    @Autowired
    OrganizationDirectory organizations;

    private HttpApi signedIn(String username) {
        var browser = HttpApi.browser(port);
        browser.signIn(username, "ParComms@2026");
        return browser;
    }

    private long demoPlan(String number) {
        return AccessPolicy.asSystem(() -> plans.list(2026, null, null)).stream()
                .filter(p -> number.equals(p.documentNumber())).findFirst().orElseThrow().id();
    }

    @Test
    void aFormWithErrorsComesBackWithEverythingTypedAndTheErrorsByTheirFields() {
        var staff = signedIn("xa.canbo");
        String csrf = staff.csrfFrom("/activities/new");
        long center = organizations.getByCode("24631.TTDVTH").id();
        var response = staff.postParts("/activities", List.of(Part.field("_csrf", csrf),
                Part.field("organizationId", Long.toString(center)), Part.field("occurrenceId", ""),
                Part.field("title", "Tuyên truyền trên trang Facebook của xã"), Part.field("startDate", "2026-11-02"),
                Part.field("endDate", "2026-11-01"), Part.field("channel", ""), Part.field("listeners", "-4"),
                Part.field("links", "facebook.com/quangkhe\nhttps://quangkhe.example/bai-1"),
                Part.file("files", "so-lieu.pdf", "application/pdf", "không phải PDF".getBytes())));
        assertThat(response.status()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("#title").val()).isEqualTo("Tuyên truyền trên trang Facebook của xã");
        assertThat(html.select("#links").text()).contains("facebook.com/quangkhe", "https://quangkhe.example/bai-1");
        assertThat(html.select("#channel-error").text()).isEqualTo("Không được để trống.");
        assertThat(html.select("#listeners-error").text()).isEqualTo("Số liệu không được âm.");
        assertThat(html.select("#listeners").val()).isEqualTo("-4");

        // Once the fields are right, the service's checks speak next to their fields too.
        response = staff.postParts("/activities", List.of(Part.field("_csrf", csrf),
                Part.field("organizationId", Long.toString(center)), Part.field("title", "Tuyên truyền trên Facebook"),
                Part.field("startDate", "2026-11-02"), Part.field("endDate", "2026-11-01"),
                Part.field("channel", "LOUDSPEAKER"), Part.field("links", "facebook.com/quangkhe"),
                Part.file("files", "so-lieu.pdf", "application/pdf", "không phải PDF".getBytes())));
        html = Jsoup.parse(response.body());
        assertThat(html.select("#endDate-error").text()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(html.select("#links-error").text()).contains("Đường dẫn \"facebook.com/quangkhe\" không hợp lệ");
    }

    @Test
    void listFiltersByChannelAndStatusAndShowsOnlyTheBodiesInScope() {
        var api = HttpApi.withToken(port, "pc_demo_xa_canbo");
        long center = organizations.getByCode("24631.TTDVTH").id();
        var created = api.post("/api/v1/activities", Map.of("organizationId", center, "startDate", "2026-08-08",
                "channel", "VISUAL", "title", "Pa nô tuyên truyền dịch vụ công trực tuyến"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var staff = signedIn("xa.canbo");
        Document all = Jsoup.parse(staff.get("/activities").body());
        assertThat(all.select("[data-testid=activity-list]").text()).contains("Pa nô tuyên truyền dịch vụ công trực tuyến");
        Document loudspeaker = Jsoup.parse(staff.get("/activities?channel=LOUDSPEAKER").body());
        assertThat(loudspeaker.select("[data-testid=activity-list]").text())
                .doesNotContain("Pa nô tuyên truyền dịch vụ công trực tuyến");
        Document accepted = Jsoup.parse(staff.get("/activities?status=ACCEPTED&channel=VISUAL").body());
        assertThat(accepted.select("[data-testid=activity-list]").text())
                .doesNotContain("Pa nô tuyên truyền dịch vụ công trực tuyến");

        var byApi = api.get("/api/v1/activities?channel=VISUAL&organizationId=" + center + "&size=5").json();
        assertThat(byApi.valueStream().map(a -> a.path("channel").asString()).distinct().toList()).containsExactly("VISUAL");
        assertThat(api.get("/api/v1/activities?size=0").fieldError("size")).isEqualTo("Giá trị nhỏ nhất là 1.");
        Document province = Jsoup.parse(signedIn("tinh.canbo").get("/activities").body());
        assertThat(province.select("[data-testid=activity-list]").text()).doesNotContain("Quảng Khê");
    }

    @Test
    void anotherBodysStaffCannotOpenTheActivityOrItsFiles() {
        var api = HttpApi.withToken(port, "pc_demo_xa_canbo");
        long center = organizations.getByCode("24631.TTDVTH").id();
        long id = api.post("/api/v1/activities", Map.of("organizationId", center, "startDate", "2026-08-09",
                "channel", "LOUDSPEAKER", "title", "Phát thanh riêng")).json().path("id").asLong();
        assertThat(signedIn("tinh.canbo").get("/activities/" + id).status()).isEqualTo(403);
        assertThat(signedIn("xa.canbo").get("/activities/" + id + "/edit").status()).isEqualTo(200);
        assertThat(signedIn("xa.xem").get("/activities/" + id + "/edit").status()).isEqualTo(403);
    }

    @Test
    void progressPageDrawsCompletionPerBodyAndTheProvincePlanRollsUpTheCommunes() {
        var coordinator = signedIn("xa.dieuphoi");
        Document commune = Jsoup.parse(coordinator.get("/plans/" + demoPlan("18/KH-UBND") + "/progress").body());
        assertThat(commune.select("#progress-chart")).hasSize(1);
        assertThat(commune.select("#progress-data").html()).contains("\"percent\"");
        assertThat(commune.select("[data-testid=occurrence-progress] tbody tr")).hasSizeGreaterThan(20);
        assertThat(commune.select("[data-testid=body-progress]").text()).contains("Phòng Văn hóa – Xã hội xã Quảng Khê");

        long province = demoPlan("428/KH-UBND");
        JsonNode progress = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").get("/api/v1/plans/" + province + "/progress").json();
        assertThat(progress.path("children").size()).isGreaterThan(100);
        JsonNode quangKhe = progress.path("children").valueStream()
                .filter(c -> c.path("name").asString().equals("Xã Quảng Khê")).findFirst().orElseThrow();
        assertThat(quangKhe.path("subPlanIssued").asBoolean()).isTrue();
        assertThat(quangKhe.path("total").asInt()).isGreaterThan(20);
    }

    @Test
    void theTaskListFollowsTheChosenBodyAndOnlyForBodiesTheUserRecordsFor() {
        long center = organizations.getByCode("24631.TTDVTH").id();
        long culture = organizations.getByCode("24631.VHXH").id();
        var coordinator = signedIn("xa.dieuphoi");
        Document forCenter = Jsoup.parse("<select>" + coordinator.get("/activities/occurrence-options?organizationId=" + center)
                .body() + "</select>");
        Document forCulture = Jsoup.parse("<select>" + coordinator.get("/activities/occurrence-options?organizationId=" + culture)
                .body() + "</select>");
        assertThat(forCenter.select("option").size()).isGreaterThan(1);
        assertThat(forCenter.select("option").eachText()).isNotEqualTo(forCulture.select("option").eachText());
        assertThat(signedIn("xa.canbo").get("/activities/occurrence-options?organizationId=" + culture).status()).isEqualTo(403);
    }

    @Test
    void inboxShowsEachOccurrencesStateAndALinkToRecordIt() {
        Document inbox = Jsoup.parse(signedIn("xa.canbo").get("/inbox").body());
        assertThat(inbox.select("[data-testid=occurrence-state]").eachText()).contains("Quá hạn");
        assertThat(inbox.select("a[href*=/activities/new]")).isNotEmpty();
        Document viewer = Jsoup.parse(signedIn("xa.xem").get("/inbox").body());
        assertThat(viewer.select("a[href*=/activities/new]")).isEmpty();
    }
}
