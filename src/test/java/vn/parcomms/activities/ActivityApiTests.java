package vn.parcomms.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.organizations.OrganizationDirectory;

/** Recording and reviewing activities over real HTTP, on the commune's demo plan 18/KH-UBND. */
@IntegrationTest
class ActivityApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    private final HttpApi staff() {
        return HttpApi.withToken(port, "pc_demo_xa_canbo");
    }

    private final HttpApi coordinator() {
        return HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
    }

    private long center() {
        return organizations.getByCode("24631.TTDVTH").id();
    }

    /** A Q4 occurrence of a task the General Services Center leads. */
    private long occurrenceOfCenter() {
        JsonNode inbox = staff().get("/api/v1/organizations/" + center() + "/inbox?leads=true").json();
        return inbox.valueStream().filter(i -> i.path("periodKey").asString().endsWith("Q4"))
                .findFirst().orElseThrow().path("occurrenceId").asLong();
    }

    private Map<String, Object> activity(Long occurrence, String date) {
        var body = new HashMap<String, Object>();
        body.put("organizationId", center());
        body.put("occurrenceId", occurrence);
        body.put("startDate", date);
        body.put("channel", "LOUDSPEAKER");
        body.put("title", "Phát thanh tin CCHC trên hệ thống loa");
        body.put("links", List.of("https://quangkhe.example/tin-cchc"));
        body.put("reach", Map.of("listeners", 1200, "broadcasts", 3));
        return body;
    }

    @Test
    void staffRecordsCoordinatorReturnsStaffCorrectsCoordinatorAccepts() {
        var recorded = staff().post("/api/v1/activities", activity(occurrenceOfCenter(), "2026-11-12"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.json().path("id").asLong();
        assertThat(recorded.json().path("status").asString()).isEqualTo("RECORDED");
        assertThat(recorded.json().path("reach").path("listeners").asLong()).isEqualTo(1200);

        var noReason = coordinator().post("/api/v1/activities/" + id + "/return", Map.of("version", 0));
        assertThat(noReason.fieldError("reason")).isEqualTo("Hãy ghi lý do trả lại.");
        var returned = coordinator().post("/api/v1/activities/" + id + "/return",
                Map.of("version", 0, "reason", "Thiếu ảnh minh chứng"));
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");

        var correction = activity(occurrenceOfCenter(), "2026-11-12");
        correction.put("version", returned.json().path("version").asInt());
        correction.put("description", "Đã bổ sung");
        var corrected = staff().put("/api/v1/activities/" + id, correction);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("status").asString()).isEqualTo("RECORDED");

        var accepted = coordinator().post("/api/v1/activities/" + id + "/accept",
                Map.of("version", corrected.json().path("version").asInt()));
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(coordinator().get("/api/v1/activities/" + id + "/events").json().valueStream()
                .map(e -> e.path("kind").asString()).toList())
                .containsExactly("RECORDED", "RETURNED", "CORRECTED", "ACCEPTED");
    }

    @Test
    void acceptedActivityIsLockedAndACorrectionIsANewVersion() {
        long id = staff().post("/api/v1/activities", activity(occurrenceOfCenter(), "2026-10-20")).json().path("id").asLong();
        coordinator().post("/api/v1/activities/" + id + "/accept", Map.of("version", 0));

        var correction = activity(occurrenceOfCenter(), "2026-10-21");
        correction.put("version", 1);
        var newVersion = staff().put("/api/v1/activities/" + id, correction).json();
        assertThat(newVersion.path("id").asLong()).isNotEqualTo(id);
        assertThat(newVersion.path("supersedesId").asLong()).isEqualTo(id);
        assertThat(staff().get("/api/v1/activities/" + id).json().path("startDate").asString()).isEqualTo("2026-10-20");

        coordinator().post("/api/v1/activities/" + newVersion.path("id").asLong() + "/accept", Map.of("version", 0));
        assertThat(staff().get("/api/v1/activities/" + id).json().path("status").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void rejectsTaskNotAssignedDateOutsideTheYearAndUnknownChannel() {
        long office = organizations.getByCode("24631.PKT").id();
        var other = activity(occurrenceOfCenter(), "2027-01-05");
        other.put("organizationId", office);
        other.put("channel", "KHONG_CO");
        var response = coordinator().post("/api/v1/activities", other);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldError("occurrenceId"))
                .isEqualTo("Phòng Kinh tế xã Quảng Khê không được giao chủ trì hay phối hợp nhiệm vụ này.");
        assertThat(response.fieldError("startDate")).isEqualTo("Ngày thực hiện phải thuộc năm 2026 của kế hoạch.");
        assertThat(response.fieldError("channel")).isEqualTo("Mã \"KHONG_CO\" không có trong danh mục.");

        var negative = activity(null, "2026-05-05");
        negative.put("reach", Map.of("listeners", -5));
        assertThat(staff().post("/api/v1/activities", negative).fieldError("reach.listeners")).isEqualTo("Số liệu không được âm.");
    }

    @Test
    void onlyTheRecordingBodyRecordsAndNobodyReviewsTheirOwn() {
        var elsewhere = activity(null, "2026-05-05");
        elsewhere.put("organizationId", organizations.getByCode("24631.PKT").id());
        assertThat(staff().post("/api/v1/activities", elsewhere).status()).isEqualTo(403);

        long own = coordinator().post("/api/v1/activities", activity(null, "2026-05-06")).json().path("id").asLong();
        assertThat(coordinator().post("/api/v1/activities/" + own + "/accept", Map.of("version", 0)).status()).isEqualTo(403);
        long byStaff = staff().post("/api/v1/activities", activity(null, "2026-05-07")).json().path("id").asLong();
        assertThat(staff().post("/api/v1/activities/" + byStaff + "/accept", Map.of("version", 0)).status()).isEqualTo(403);
        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo").get("/api/v1/activities/" + byStaff).status()).isEqualTo(403);
    }

    @Test
    void acceptingAnActivityMovesPlanProgress() {
        long plan = staff().get("/api/v1/organizations/" + center() + "/inbox?leads=true").json().get(0)
                .path("planId").asLong();
        // A Q3 occurrence, which no other test touches: overdue today, done once an activity is accepted.
        long occurrence = staff().get("/api/v1/organizations/" + center() + "/inbox?leads=true").json().valueStream()
                .filter(i -> i.path("periodKey").asString().endsWith("Q3")).findFirst().orElseThrow()
                .path("occurrenceId").asLong();
        JsonNode before = coordinator().get("/api/v1/plans/" + plan + "/progress").json();
        String stateBefore = before.path("occurrences").valueStream()
                .filter(o -> o.path("occurrenceId").asLong() == occurrence).findFirst().orElseThrow().path("state").asString();
        assertThat(stateBefore).isEqualTo("OVERDUE");

        long id = staff().post("/api/v1/activities", activity(occurrence, "2026-09-15")).json().path("id").asLong();
        coordinator().post("/api/v1/activities/" + id + "/accept", Map.of("version", 0));
        JsonNode after = coordinator().get("/api/v1/plans/" + plan + "/progress").json();
        assertThat(after.path("occurrences").valueStream().filter(o -> o.path("occurrenceId").asLong() == occurrence)
                .findFirst().orElseThrow().path("state").asString()).isEqualTo("DONE");
        assertThat(after.path("done").asInt()).isGreaterThan(before.path("done").asInt());
        JsonNode centerProgress = after.path("bodies").valueStream()
                .filter(b -> b.path("organizationId").asLong() == center()).findFirst().orElseThrow();
        assertThat(centerProgress.path("done").asInt()).isPositive();
    }
}
