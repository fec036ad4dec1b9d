package vn.parcomms.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/** The commune's score and evidence pack over real HTTP, on the demo plan 18/KH-UBND. */
@IntegrationTest
class ScoreApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    @Test
    void scoreExplainsEachPointAndThePackHoldsThePlanTheIndexAndTheFiles() throws IOException {
        long commune = organizations.getByCode("24631").id();
        long center = organizations.getByCode("24631.TTDVTH").id();
        var staff = HttpApi.withToken(port, "pc_demo_xa_canbo");
        var coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        byte[] photo = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long online = recordAndAccept(staff, coordinator, center, "FACEBOOK", "Bài đăng Fanpage về dịch vụ công", photo);
        recordAndAccept(staff, coordinator, center, "LOUDSPEAKER", "Phát thanh về thủ tục hành chính", null);

        JsonNode score = coordinator.get("/api/v1/scores?org=" + commune + "&year=2026").json();
        JsonNode completion = score.path("criteria").get(0);
        JsonNode diversity = score.path("criteria").get(1);
        // Completion from the progress of every plan the commune issued for 2026, by the rule: under 90 % gives nothing.
        int done = 0;
        int total = 0;
        for (String status : List.of("ISSUED", "CLOSED")) {
            for (JsonNode plan : coordinator.get("/api/v1/plans?year=2026&issuerId=" + commune + "&status=" + status).json()) {
                JsonNode progress = coordinator.get("/api/v1/plans/" + plan.path("id").asLong() + "/progress").json();
                done += progress.path("done").asInt();
                total += progress.path("total").asInt();
            }
        }
        assertThat(completion.path("explanation").asString()).startsWith("Hoàn thành " + done + "/" + total + " lượt nhiệm vụ");
        assertThat(100.0 * done / total).isLessThan(90);
        assertThat(completion.path("points").decimalValue()).isEqualByComparingTo("0");
        assertThat(diversity.path("points").decimalValue()).isEqualByComparingTo("1");
        assertThat(diversity.path("activityIds").valueStream().map(JsonNode::asLong).toList()).contains(online);
        assertThat(score.path("maxPoints").decimalValue()).isEqualByComparingTo("2");

        var browser = HttpApi.browser(port);
        browser.signIn("xa.dieuphoi", "ParComms@2026");
        var page = Jsoup.parse(browser.get("/scores?org=" + commune + "&year=2026").body());
        assertThat(page.select("[data-testid=score-total]").text()).isEqualTo("1/2");
        assertThat(page.select("[data-testid=score-criteria]").text()).contains("Mức độ hoàn thành kế hoạch",
                "Đa dạng hình thức tuyên truyền", "Hình thức trực tuyến");

        var pack = coordinator.getBytes("/api/v1/scores/evidence-pack?org=" + commune + "&year=2026");
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Disposition").orElseThrow()).contains("ho-so-minh-chung-24631-2026.zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("doc-truoc.html", "1-hoan-thanh-ke-hoach/ke-hoach-18-KH-UBND.html",
                "2-da-dang-hinh-thuc/danh-muc-hoat-dong.xlsx");
        assertThat(new String(entries.get("1-hoan-thanh-ke-hoach/ke-hoach-18-KH-UBND.html"), StandardCharsets.UTF_8))
                .contains("Trung tâm Dịch vụ tổng hợp");
        String fileEntry = entries.keySet().stream().filter(n -> n.startsWith("2-da-dang-hinh-thuc/minh-chung/" + online + "-"))
                .findFirst().orElseThrow();
        assertThat(entries.get(fileEntry)).isEqualTo(photo);
        List<String> titles = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(entries.get("2-da-dang-hinh-thuc/danh-muc-hoat-dong.xlsx")))) {
            book.getSheetAt(0).forEach(row -> titles.add(row.getCell(5).getStringCellValue()));
        }
        assertThat(titles).contains("Bài đăng Fanpage về dịch vụ công", "Phát thanh về thủ tục hành chính");

        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo").getBytes("/api/v1/scores/evidence-pack?org=" + commune
                + "&year=2026").statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/scores?org=" + commune + "&year=1999").fieldError("year"))
                .isEqualTo("Năm \"1999\" không hợp lệ.");
    }

    private static long recordAndAccept(HttpApi staff, HttpApi coordinator, long body, String channel, String title,
            byte[] pdf) {
        Map<String, Object> activity = Map.of("organizationId", body, "startDate", "2026-07-07", "channel", channel,
                "title", title, "links", List.of("https://quangkhe.example/" + channel.toLowerCase()));
        var response = pdf == null ? staff.post("/api/v1/activities", activity)
                : staff.postParts("/api/v1/activities", List.of(HttpApi.Part.json("activity", activity),
                        HttpApi.Part.file("files", "minh chứng.pdf", "application/pdf", pdf)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().path("id").asLong();
        assertThat(coordinator.post("/api/v1/activities/" + id + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
        return id;
    }
}
