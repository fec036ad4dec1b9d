package vn.parcomms.plans;

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

/** Plans over real HTTP: the lifecycle, the cascade, and every kind of bad input the issue lists. */
@IntegrationTest
class PlanApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    private HttpApi province() {
        return HttpApi.withToken(port, "pc_demo_tinh_dieuphoi");
    }

    private long id(String code) {
        return organizations.getByCode(code).id();
    }

    private Map<String, Object> draft(String number, int year) {
        var body = new HashMap<String, Object>();
        body.put("issuerId", id("68"));
        body.put("year", year);
        body.put("title", "Kế hoạch thử nghiệm " + number);
        body.put("documentNumber", number);
        body.put("issueDate", year + "-03-01");
        body.put("place", "Lâm Đồng");
        body.put("signerName", "Nguyễn Văn Ký");
        body.put("signerTitle", "PHÓ CHỦ TỊCH");
        body.put("signingAuthority", "KT. CHỦ TỊCH");
        body.put("purposes", "Nâng cao nhận thức về CCHC.");
        body.put("topics", List.of("PAR_INDEX"));
        body.put("obligationGroup", "ALL_COMMUNES");
        body.put("obligationDue", year + "-12-31");
        body.put("version", 0);
        return body;
    }

    private Map<String, Object> task(String number, String title, long lead, String timing) {
        var task = new HashMap<String, Object>();
        task.put("number", number);
        task.put("title", title);
        task.put("leadId", lead);
        task.put("coordinatorGroup", "ALL_COMMUNES");
        task.put("timing", timing);
        task.put("deliverables", List.of("NEWS:1:QUARTER"));
        task.put("version", 0);
        return Map.of("task", task);
    }

    private JsonNode createPlan(String number) {
        var created = province().post("/api/v1/plans", draft(number, 2026));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void issuesAPlanWithOccurrencesObligationsAndNotifications() {
        long planId = createPlan("501/KH-UBND").path("id").asLong();
        var added = province().post("/api/v1/plans/" + planId + "/tasks",
                task("1", "Tin bài về CCHC hằng quý", id("68.SNV"), "Định kỳ 01 lần/quý"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        province().post("/api/v1/plans/" + planId + "/tasks", task("2", "Hưởng ứng Ngày CĐS", id("68.SKHCN"), "Nhân ngày 10/10"));
        int version = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();

        var issued = province().post("/api/v1/plans/" + planId + "/issue", Map.of("version", version));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().path("status").asString()).isEqualTo("ISSUED");

        JsonNode detail = province().get("/api/v1/plans/" + planId).json();
        assertThat(detail.path("tasks").get(0).path("occurrences").size()).isEqualTo(4);
        assertThat(detail.path("tasks").get(0).path("occurrences").get(3).path("due").asString()).isEqualTo("2026-12-31");
        assertThat(detail.path("tasks").get(1).path("occurrences").get(0).path("due").asString()).isEqualTo("2026-10-10");

        JsonNode obligations = province().get("/api/v1/plans/" + planId + "/obligations").json();
        assertThat(obligations.size()).isEqualTo(124);
        assertThat(obligations.valueStream().map(o -> o.path("state").asString()).distinct().toList())
                .containsExactly("NOT_STARTED");

        // Every commune supports task 1, so it appears in a commune's inbox.
        var inbox = HttpApi.withToken(port, "pc_demo_xa_xem").get("/api/v1/organizations/" + id("24631") + "/inbox");
        assertThat(inbox.json().valueStream().filter(i -> i.path("planNumber").asString().equals("501/KH-UBND")).count())
                .isEqualTo(5);
        assertThat(province().get("/api/v1/plans/" + planId + "/revisions").json().size()).isEqualTo(1);
    }

    @Test
    void rejectsDuplicateNumberForTheSameIssuerAndYearButNotAnotherYear() {
        createPlan("502/KH-UBND");
        var duplicate = province().post("/api/v1/plans", draft("502/kh-ubnd", 2026));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.fieldError("documentNumber"))
                .isEqualTo("Số \"502/KH-UBND\" đã được dùng cho một kế hoạch khác của đơn vị trong năm 2026.");
        assertThat(province().post("/api/v1/plans", draft("502/KH-UBND", 2027)).status()).isEqualTo(201);
    }

    @Test
    void rejectsMalformedNumberAndTimingOutsideTheScope() {
        var badNumber = province().post("/api/v1/plans", draft("KH so 5", 2026));
        assertThat(badNumber.fieldError("documentNumber")).isEqualTo("Số, ký hiệu phải có dạng \"18/KH-UBND\".");

        long planId = createPlan("503/KH-UBND").path("id").asLong();
        var outside = province().post("/api/v1/plans/" + planId + "/tasks",
                task("1", "Giao cho tỉnh khác", id("75"), "Thường xuyên"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.fieldError("leadId")).isEqualTo("Đơn vị chủ trì phải là Tỉnh Lâm Đồng hoặc đơn vị trực thuộc.");
    }

    @Test
    void keepsAnUnparseableTimingAndRefusesToIssueUntilItIsDecided() {
        long planId = createPlan("504/KH-UBND").path("id").asLong();
        var added = province().post("/api/v1/plans/" + planId + "/tasks",
                task("1", "Khi có chỉ đạo", id("68.SNV"), "theo chỉ đạo của UBND tỉnh"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("scheduleUnderstood").asBoolean()).isFalse();
        assertThat(added.json().path("scheduleText").asString()).isEqualTo("theo chỉ đạo của UBND tỉnh");

        int version = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();
        var refused = province().post("/api/v1/plans/" + planId + "/issue", Map.of("version", version));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("tasks")).isEqualTo("Chưa xác định được thời gian thực hiện của nhiệm vụ 1.");
    }

    @Test
    void rejectsParentPlanOfALaterYearAndIssueDateBeforeTheParent() {
        long parent2027 = province().post("/api/v1/plans", draft("505/KH-UBND", 2027)).json().path("id").asLong();
        var child = draft("505/KH-UBND", 2026);
        child.put("issuerId", id("68.SNV"));
        child.put("parentPlanId", parent2027);
        child.remove("obligationGroup");
        child.remove("obligationDue");
        var laterYear = province().post("/api/v1/plans", child);
        assertThat(laterYear.fieldError("parentPlanId")).isEqualTo("Kế hoạch cấp trên thuộc năm 2027, sau năm của kế hoạch này.");

        long parent = createPlan("506/KH-UBND").path("id").asLong();
        child.put("parentPlanId", parent);
        child.put("issueDate", "2026-02-01");
        var early = province().post("/api/v1/plans", child);
        assertThat(early.fieldError("issueDate"))
                .isEqualTo("Ngày ban hành không được trước ngày ban hành kế hoạch cấp trên (01/03/2026).");
    }

    @Test
    void changesAnIssuedPlanOnlyThroughARecordedAmendmentAndKeepsEveryVersion() {
        long planId = createPlan("507/KH-UBND").path("id").asLong();
        province().post("/api/v1/plans/" + planId + "/tasks", task("1", "Tin bài", id("68.SNV"), "Hằng tháng"));
        int version = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();
        province().post("/api/v1/plans/" + planId + "/issue", Map.of("version", version));

        JsonNode plan = province().get("/api/v1/plans/" + planId).json().path("plan");
        var changed = draft("507/KH-UBND", 2026);
        changed.put("title", "Kế hoạch đã sửa đổi");
        changed.put("version", plan.path("version").asInt());
        var withoutAmendment = province().put("/api/v1/plans/" + planId, changed);
        assertThat(withoutAmendment.status()).isEqualTo(400);
        assertThat(withoutAmendment.fieldError("amendingNumber"))
                .isEqualTo("Kế hoạch đã ban hành chỉ được sửa bằng văn bản sửa đổi: hãy ghi số văn bản.");

        var amended = province().post("/api/v1/plans/" + planId + "/amendments", Map.of(
                "note", Map.of("amendingNumber", "520/KH-UBND", "reason", "Điều chỉnh tên kế hoạch"), "plan", changed));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().path("revision").asInt()).isEqualTo(2);

        JsonNode revisions = province().get("/api/v1/plans/" + planId + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(1).path("amendingNumber").asString()).isEqualTo("520/KH-UBND");
        JsonNode second = province().get("/api/v1/plans/" + planId + "/revisions/2").json();
        assertThat(second.path("changes").valueStream().anyMatch(c -> c.path("field").asString().equals("title")
                && c.path("before").asString().equals("Kế hoạch thử nghiệm 507/KH-UBND")
                && c.path("after").asString().equals("Kế hoạch đã sửa đổi"))).isTrue();
        JsonNode first = province().get("/api/v1/plans/" + planId + "/revisions/1").json();
        assertThat(first.path("snapshot").path("plan").path("title").asString()).isEqualTo("Kế hoạch thử nghiệm 507/KH-UBND");
    }

    @Test
    void refusesAStaleDraftUpdateInsteadOfLosingAnEdit() {
        JsonNode plan = createPlan("508/KH-UBND");
        long planId = plan.path("id").asLong();
        var first = draft("508/KH-UBND", 2026);
        first.put("version", plan.path("version").asInt());
        first.put("purposes", "Bản của người thứ nhất");
        assertThat(province().put("/api/v1/plans/" + planId, first).status()).isEqualTo(200);
        var second = draft("508/KH-UBND", 2026);
        second.put("version", plan.path("version").asInt());
        second.put("purposes", "Bản của người thứ hai");
        assertThat(province().put("/api/v1/plans/" + planId, second).status()).isEqualTo(409);
        assertThat(province().get("/api/v1/plans/" + planId).json().path("plan").path("purposes").asString())
                .isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void communeCannotDraftAPlanForTheProvinceAndDraftsStayPrivate() {
        var commune = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        assertThat(commune.post("/api/v1/plans", draft("509/KH-UBND", 2026)).status()).isEqualTo(403);
        long draftId = createPlan("510/KH-UBND").path("id").asLong();
        assertThat(commune.get("/api/v1/plans/" + draftId).status()).isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get("/api/v1/plans").status()).isEqualTo(401);
    }

    @Test
    void communeStartsItsPlanFromTheObligationWithTheTasksThatConcernIt() {
        long planId = createPlan("511/KH-UBND").path("id").asLong();
        province().post("/api/v1/plans/" + planId + "/tasks", task("1", "Việc của các xã", id("68.SNV"), "Hằng quý"));
        var own = new HashMap<String, Object>(task("2", "Việc riêng của Sở", id("68.SNV"), "Quý II/2026"));
        @SuppressWarnings("unchecked")
        var ownTask = new HashMap<String, Object>((Map<String, Object>) own.get("task"));
        ownTask.remove("coordinatorGroup");
        province().post("/api/v1/plans/" + planId + "/tasks", Map.of("task", ownTask));
        int version = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();
        province().post("/api/v1/plans/" + planId + "/issue", Map.of("version", version));

        var commune = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long obligation = commune.get("/api/v1/organizations/" + id("24631") + "/obligations").json().valueStream()
                .filter(o -> o.path("planNumber").asString().equals("511/KH-UBND")).findFirst().orElseThrow()
                .path("id").asLong();
        var created = commune.post("/api/v1/obligations/" + obligation + "/plan", Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long subPlan = created.json().path("id").asLong();
        JsonNode detail = commune.get("/api/v1/plans/" + subPlan).json();
        assertThat(detail.path("plan").path("parentPlanId").asLong()).isEqualTo(planId);
        assertThat(detail.path("plan").path("legalBases").get(0).asString()).startsWith("Kế hoạch số 511/KH-UBND ngày 01/03/2026");
        assertThat(detail.path("tasks").size()).isEqualTo(1);
        assertThat(detail.path("tasks").get(0).path("task").path("title").asString()).isEqualTo("Việc của các xã");
        assertThat(detail.path("tasks").get(0).path("task").path("sourceTaskId").isNull()).isFalse();
        assertThat(commune.post("/api/v1/obligations/" + obligation + "/plan", Map.of()).fieldError("obligation"))
                .isEqualTo("Đơn vị đã có kế hoạch cho yêu cầu này.");
    }

    @Test
    void retiredVocabularyEntriesStayOnOldPlansButCannotBeChosenAgain() {
        var admin = HttpApi.withToken(port, "pc_demo_admin");
        var added = admin.post("/api/v1/vocabularies/TOPIC", Map.of("code", "test_topic_x", "labelVi", "Chủ đề thử",
                "labelEn", "Test topic"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("code").asString()).isEqualTo("TEST_TOPIC_X");
        assertThat(HttpApi.withToken(port, "pc_demo_xa_quantri").post("/api/v1/vocabularies/TOPIC",
                Map.of("code", "KHONG_DUOC", "labelVi", "x", "labelEn", "x")).status()).isEqualTo(403);

        var withTopic = draft("512/KH-UBND", 2026);
        withTopic.put("topics", List.of("TEST_TOPIC_X"));
        JsonNode plan = province().post("/api/v1/plans", withTopic).json();
        assertThat(admin.put("/api/v1/vocabularies/TOPIC/TEST_TOPIC_X/retired", Map.of("retired", true)).status())
                .isEqualTo(200);

        withTopic.put("version", plan.path("version").asInt());
        withTopic.put("purposes", "Vẫn giữ chủ đề cũ");
        assertThat(province().put("/api/v1/plans/" + plan.path("id").asLong(), withTopic).status()).isEqualTo(200);
        var fresh = draft("513/KH-UBND", 2026);
        fresh.put("topics", List.of("TEST_TOPIC_X"));
        assertThat(province().post("/api/v1/plans", fresh).fieldError("topics"))
                .isEqualTo("Mục \"TEST_TOPIC_X\" đã ngừng sử dụng.");
    }

    @Test
    void refusesToCloseAPlanBeforeItsYearIsOver() {
        long planId = createPlan("514/KH-UBND").path("id").asLong();
        province().post("/api/v1/plans/" + planId + "/tasks", task("1", "Tin bài", id("68.SNV"), "Hằng quý"));
        int version = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();
        province().post("/api/v1/plans/" + planId + "/issue", Map.of("version", version));
        int issued = province().get("/api/v1/plans/" + planId).json().path("plan").path("version").asInt();
        var refused = province().post("/api/v1/plans/" + planId + "/close", Map.of("version", issued));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("status")).isEqualTo("Chỉ kết thúc được khi năm 2026 đã qua.");
    }
}
