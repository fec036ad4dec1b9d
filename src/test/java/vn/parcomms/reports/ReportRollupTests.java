package vn.parcomms.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;
import vn.parcomms.organizations.CreateOrganization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationKind;

/**
 * Reports on a small fixture of three levels (Tỉnh Điện Biên → Phường Điện Biên Phủ → a new office),
 * two quarters, with activities on both sides of the 14th/15th cut-off, compared with figures
 * computed by hand.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRollupTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingCalendar reportingCalendar;

    @Autowired
    ReportManagement reportManagement;

    long province;
    long commune;
    long unit;
    HttpApi unitStaff;
    HttpApi unitCoordinator;
    HttpApi communeCoordinator;
    HttpApi provinceCoordinator;

    @BeforeAll
    void fixture() {
        province = organizations.getByCode("11").id();
        commune = organizations.getByCode("03127").id();
        unit = AccessPolicy.asSystem(() -> organizations.create(new CreateOrganization(commune, "03127.VHXH",
                "Phòng Văn hóa – Xã hội phường Điện Biên Phủ", null, null, OrganizationKind.OFFICE,
                LocalDate.of(2025, 7, 1)))).id();
        unitStaff = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("03127.VHXH", Role.STAFF)));
        unitCoordinator = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("03127.VHXH", Role.COORDINATOR)));
        communeCoordinator = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("03127", Role.COORDINATOR)));
        provinceCoordinator = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("11", Role.COORDINATOR)));

        // Unit: Q1 (15/12/2025–14/03/2026) gets 2025-12-15 and 2026-03-14; Q2 gets 2026-03-15 and 2026-06-14.
        long a1 = record(unitStaff, unit, "2026-03-14", "LOUDSPEAKER", Map.of("listeners", 100), List.of("PAR_INDEX"));
        long a2 = record(unitStaff, unit, "2026-03-15", "FACEBOOK", Map.of("views", 500), List.of());
        long a3 = record(unitStaff, unit, "2025-12-15", "LOUDSPEAKER", Map.of("listeners", 50), List.of("PAR_INDEX"));
        long a4 = record(unitStaff, unit, "2025-12-14", "LOUDSPEAKER", Map.of("listeners", 7), List.of());
        long a5 = record(unitStaff, unit, "2026-06-14", "VISUAL", Map.of(), List.of());
        long a6 = record(unitStaff, unit, "2026-06-15", "VISUAL", Map.of(), List.of());
        record(unitStaff, unit, "2026-02-01", "FACEBOOK", Map.of(), List.of()); // stays pending
        for (long id : List.of(a1, a2, a3, a4, a5, a6)) {
            accept(communeCoordinator, id);
        }
        long c1 = record(communeCoordinator, commune, "2026-01-10", "CONFERENCE", Map.of("participants", 80), List.of());
        accept(provinceCoordinator, c1);
    }

    private static long record(HttpApi api, long organization, String date, String channel, Map<String, Integer> reach,
            List<String> topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("startDate", date);
        body.put("channel", channel);
        body.put("title", "Hoạt động " + channel + " ngày " + date);
        body.put("reach", reach);
        body.put("topics", topics);
        var response = api.post("/api/v1/activities", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private static void accept(HttpApi api, long activity) {
        assertThat(api.post("/api/v1/activities/" + activity + "/accept", Map.of("version", 0)).status()).isEqualTo(200);
    }

    private JsonNode open(HttpApi api, long organization, String period) {
        var response = api.post("/api/v1/reports", Map.of("organizationId", organization, "period", period));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> narrative(int version) {
        return Map.of("results", "Đã phát thanh và đăng tin về CCHC.", "shortcomings", "Một số thôn chưa có loa.",
                "proposals", "Đề nghị bổ sung kinh phí.", "version", version);
    }

    @Test
    void unitFiguresFollowTheCutOffAndTheRollUpClimbsThreeLevels() {
        JsonNode q1 = open(unitCoordinator, unit, "2026-Q1");
        JsonNode figures = q1.path("figures");
        assertThat(figures.path("activities").asLong()).as(q1.toString()).isEqualTo(2);
        assertThat(figures.path("pending").asLong()).isEqualTo(1);
        assertThat(figures.path("byChannel").path("LOUDSPEAKER").asLong()).isEqualTo(2);
        assertThat(figures.path("byTopic").path("PAR_INDEX").asLong()).isEqualTo(2);
        assertThat(figures.path("reach").path("listeners").asLong()).isEqualTo(150);
        assertThat(q1.path("report").path("dataFrom").asString()).isEqualTo("2025-12-15");
        assertThat(q1.path("report").path("dueDate").asString()).isEqualTo("2026-03-16");

        JsonNode q2 = open(unitCoordinator, unit, "2026-Q2").path("figures");
        assertThat(q2.path("activities").asLong()).isEqualTo(2);
        assertThat(q2.path("byChannel").path("FACEBOOK").asLong()).isEqualTo(1);
        assertThat(q2.path("byChannel").path("VISUAL").asLong()).isEqualTo(1);
        assertThat(q2.path("reach").path("views").asLong()).isEqualTo(500);

        long unitReport = q1.path("report").path("id").asLong();
        var submitted = unitCoordinator.post("/api/v1/reports/" + unitReport + "/submit", narrative(0));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(communeCoordinator.post("/api/v1/reports/" + unitReport + "/accept",
                Map.of("version", submitted.json().path("version").asInt())).status()).isEqualTo(200);

        // The commune: its own conference plus the unit's accepted report.
        JsonNode communeQ1 = open(communeCoordinator, commune, "2026-Q1");
        JsonNode total = communeQ1.path("figures");
        assertThat(total.path("activities").asLong()).isEqualTo(3);
        assertThat(total.path("byChannel").path("CONFERENCE").asLong()).isEqualTo(1);
        assertThat(total.path("byChannel").path("LOUDSPEAKER").asLong()).isEqualTo(2);
        assertThat(total.path("reach").path("participants").asLong()).isEqualTo(80);
        assertThat(total.path("reach").path("listeners").asLong()).isEqualTo(150);
        assertThat(communeQ1.path("rollup").path("submitted").asInt()).isEqualTo(1);

        long communeReport = communeQ1.path("report").path("id").asLong();
        var sent = communeCoordinator.post("/api/v1/reports/" + communeReport + "/submit", narrative(0));
        var returned = provinceCoordinator.post("/api/v1/reports/" + communeReport + "/return",
                Map.of("version", sent.json().path("version").asInt(), "comment", "Bổ sung số liệu người nghe."));
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        var resent = communeCoordinator.post("/api/v1/reports/" + communeReport + "/submit",
                narrative(returned.json().path("version").asInt()));
        assertThat(resent.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(provinceCoordinator.post("/api/v1/reports/" + communeReport + "/accept",
                Map.of("version", resent.json().path("version").asInt())).json().path("status").asString()).isEqualTo("ACCEPTED");

        var xlsx = provinceCoordinator.getBytes("/api/v1/reports/" + communeReport + "/export");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheet("Báo cáo");
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.toString())));
            assertThat(cells).contains("Báo cáo Quý I/2026 — Phường Điện Biên Phủ", "Đã phát thanh và đăng tin về CCHC.",
                    "Hệ thống truyền thanh cơ sở (loa phát thanh)", "Hội nghị, hội thảo, tọa đàm", "Đã duyệt (khóa)");
            int loudspeaker = cells.indexOf("Hệ thống truyền thanh cơ sở (loa phát thanh)");
            assertThat(cells.get(loudspeaker + 1)).isEqualTo("2");
            assertThat(book.getSheet("Đơn vị cấp dưới").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Phòng Văn hóa – Xã hội phường Điện Biên Phủ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo").getBytes("/api/v1/reports/" + communeReport + "/export")
                .statusCode()).isEqualTo(403);

        JsonNode rollup = provinceCoordinator.get("/api/v1/reports/rollup?org=" + province + "&period=2026-Q1").json();
        long bodies = jdbc.sql("SELECT count(*) FROM organization WHERE parent_id = :p AND valid_to IS NULL")
                .param("p", province).query(Long.class).single();
        assertThat(rollup.path("expected").asLong()).as(rollup.path("subordinates").toString()).isEqualTo(bodies);
        assertThat(rollup.path("submitted").asInt()).isEqualTo(1);
        assertThat(rollup.path("total").path("activities").asLong()).isEqualTo(3);
        assertThat(rollup.path("reportingRate").asInt()).isEqualTo(Math.round(100f / bodies));
        assertThat(provinceCoordinator.get("/api/v1/reports/" + communeReport + "/events").json().valueStream()
                .map(e -> e.path("kind").asString()).toList())
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED");
    }

    @Test
    void badInputGetsClearAnswers() throws Exception {
        long report = open(unitCoordinator, unit, "2026-M02").path("report").path("id").asLong();
        var empty = unitCoordinator.post("/api/v1/reports/" + report + "/submit",
                Map.of("results", " ", "shortcomings", "", "version", 0));
        assertThat(empty.fieldError("results")).isEqualTo("Hãy viết phần này trước khi gửi báo cáo.");
        assertThat(empty.fieldError("shortcomings")).isEqualTo("Hãy viết phần này trước khi gửi báo cáo.");

        var future = unitCoordinator.post("/api/v1/reports", Map.of("organizationId", unit, "period", "2027-Q1"));
        assertThat(future.fieldError("period")).isEqualTo("Quý I/2027 chưa bắt đầu (số liệu tính từ ngày 15/12/2026).");
        assertThat(unitCoordinator.post("/api/v1/reports", Map.of("organizationId", unit, "period", "quý 1"))
                .fieldError("period")).startsWith("Kỳ báo cáo \"quý 1\" không hợp lệ");
        assertThat(unitStaff.post("/api/v1/reports", Map.of("organizationId", unit, "period", "2026-M04")).status())
                .isEqualTo(403);

        var sent = unitCoordinator.post("/api/v1/reports/" + report + "/submit", narrative(0));
        int version = sent.json().path("version").asInt();
        // The body cannot accept its own report; two reviewers at once: one wins, the other is told.
        assertThat(unitCoordinator.post("/api/v1/reports/" + report + "/accept", Map.of("version", version)).status())
                .isEqualTo(403);
        var second = testAccounts.tokenFor(testAccounts.create("03127", Role.COORDINATOR));
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> communeCoordinator.post("/api/v1/reports/" + report + "/accept",
                    Map.of("version", version)).status());
            var other = pool.submit(() -> HttpApi.withToken(port, second).post("/api/v1/reports/" + report + "/accept",
                    Map.of("version", version)).status());
            statuses.add(first.get());
            statuses.add(other.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        // Locked: the body cannot change it; only the level that accepted reopens it.
        assertThat(unitCoordinator.put("/api/v1/reports/" + report, narrative(version + 1)).fieldError("status"))
                .isEqualTo("Báo cáo đã được duyệt và khóa; chỉ cấp đã duyệt mới mở lại được.");
        assertThat(unitCoordinator.post("/api/v1/reports/" + report + "/reopen",
                Map.of("version", version + 1, "comment", "Sửa lại")).status()).isEqualTo(403);
        var reopened = communeCoordinator.post("/api/v1/reports/" + report + "/reopen",
                Map.of("version", version + 1, "comment", "Số liệu tháng 2 cần bổ sung"));
        assertThat(reopened.json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.json().path("reviewComment").asString()).isEqualTo("Số liệu tháng 2 cần bổ sung");
    }

    @Test
    void figuresAreFrozenAtSubmissionAndFlaggedWhenActivitiesChangeThem() {
        JsonNode opened = open(unitCoordinator, unit, "2026-M08");
        long report = opened.path("report").path("id").asLong();
        long before = opened.path("figures").path("activities").asLong();
        unitCoordinator.post("/api/v1/reports/" + report + "/submit", narrative(0));
        JsonNode frozen = communeCoordinator.get("/api/v1/reports/" + report).json();
        assertThat(frozen.path("frozen").asBoolean()).isTrue();
        assertThat(frozen.path("changedSince").asBoolean()).isFalse();

        long late = record(unitStaff, unit, "2026-08-02", "FACEBOOK", Map.of("views", 10), List.of());
        accept(communeCoordinator, late);
        JsonNode after = communeCoordinator.get("/api/v1/reports/" + report).json();
        assertThat(after.path("figures").path("activities").asLong()).isEqualTo(before);
        assertThat(after.path("changedSince").asBoolean()).isTrue();
        assertThat(after.path("rollup").path("total").path("activities").asLong()).isEqualTo(before + 1);
    }

    @Test
    void liveRollUpCountsEveryAcceptedActivityUnderTheLevelPerBodyBelow() {
        JsonNode live = provinceCoordinator.get("/api/v1/reports/live?org=" + province + "&period=2026-Q1").json();
        assertThat(live.path("total").path("activities").asLong()).isEqualTo(3);
        assertThat(live.path("total").path("byChannel").path("LOUDSPEAKER").asLong()).isEqualTo(2);
        assertThat(live.path("total").path("byTopic").path("PAR_INDEX").asLong()).isEqualTo(2);
        assertThat(live.path("total").path("reach").path("listeners").asLong()).isEqualTo(150);
        assertThat(live.path("parts").size()).isEqualTo(1);
        assertThat(live.path("parts").get(0).path("organizationId").asLong()).isEqualTo(commune);

        JsonNode communeLive = communeCoordinator.get("/api/v1/reports/live?org=" + commune + "&period=2026-Q1").json();
        assertThat(communeLive.path("parts").valueStream()
                .collect(java.util.stream.Collectors.toMap(p -> p.path("organizationId").asLong(),
                        p -> p.path("figures").path("activities").asLong())))
                .isEqualTo(Map.of(unit, 2L, commune, 1L));
        assertThat(HttpApi.withToken(port, "pc_demo_xa_canbo").get("/api/v1/reports/live?org=" + province + "&period=2026-Q1")
                .status()).isEqualTo(403);

        JsonNode national = HttpApi.withToken(port, "pc_demo_admin").get("/api/v1/reports/live?period=2026-Q1").json();
        JsonNode dienBien = national.path("parts").valueStream().filter(p -> p.path("organizationId").asLong() == province)
                .findFirst().orElseThrow();
        assertThat(dienBien.path("figures").path("activities").asLong()).isEqualTo(3);
        assertThat(national.path("total").path("activities").asLong())
                .isEqualTo(national.path("parts").valueStream().mapToLong(p -> p.path("figures").path("activities").asLong()).sum());
        assertThat(provinceCoordinator.get("/api/v1/reports/live?period=2026-Q1").status()).isEqualTo(403);
    }

    @Autowired
    ReportCompiler compiler;

    @Test
    void theSummaryGivesTheSameRollUpAsEveryActivityAndFollowsEachChange() {
        // A change to an accepted activity through the API, then behind its back: the summary the trigger
        // keeps must equal a full recount after each.
        long extra = record(unitStaff, unit, "2026-09-20", "PRESS", Map.of("copies", 40), List.of("PAR_INDEX"));
        accept(communeCoordinator, extra);
        assertThat(summary()).isEqualTo(recounted());
        jdbc.sql("UPDATE activity SET channel_code = 'RADIO_TV', copies = 45, start_date = DATE '2026-09-14' WHERE id = :id")
                .param("id", extra).update();
        assertThat(summary()).isEqualTo(recounted());
        jdbc.sql("UPDATE activity SET status = 'SUPERSEDED' WHERE id = :id").param("id", extra).update();
        assertThat(summary()).isEqualTo(recounted());

        for (String key : List.of("2026-Q1", "2026-Q2", "2026-M03", "2026-M12", "2026-H1", "2026", "2025-Q4")) {
            ReportingPeriod period = reportingCalendar.period(key);
            assertThat(ReportCompiler.wholeHalfMonths(period.from(), period.to())).as(key).isTrue();
            for (var level : List.of(organizations.get(province), organizations.get(commune),
                    organizations.get(unit))) {
                assertSameRollUp(compiler.live(level.id(), level.name(), level.path(), period, true),
                        compiler.live(level.id(), level.name(), level.path(), period, false), key + " " + level.name());
            }
            assertSameRollUp(compiler.live(0, "Toàn quốc", "/", period, true),
                    compiler.live(0, "Toàn quốc", "/", period, false), key);
        }
        assertThat(ReportCompiler.wholeHalfMonths(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(ReportCompiler.wholeHalfMonths(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 13))).isFalse();
    }

    private static void assertSameRollUp(LiveRollup fromSummary, LiveRollup fromActivities, String what) {
        assertThat(fromSummary.total()).as(what).isEqualTo(fromActivities.total());
        assertThat(fromSummary.parts()).as(what).containsExactlyInAnyOrderElementsOf(fromActivities.parts());
    }

    private List<Map<String, Object>> summary() {
        return comparable(jdbc.sql("SELECT * FROM activity_rollup WHERE activities <> 0 ORDER BY 1, 2, 3, 4, 5::text, 6::text")
                .query().listOfRows());
    }

    private List<Map<String, Object>> recounted() {
        return comparable(jdbc.sql("""
                SELECT CAST(x.id AS bigint) AS organization_id, activity_rollup_bucket(a.start_date) AS bucket, a.channel_code,
                       coalesce(a.deliverable_code, '') AS deliverable_code, a.topics, a.audiences, count(*) AS activities,
                       sum(coalesce(a.views, 0)) AS views, sum(coalesce(a.listeners, 0)) AS listeners,
                       sum(coalesce(a.participants, 0)) AS participants, sum(coalesce(a.copies, 0)) AS copies,
                       CAST(sum(coalesce(a.broadcasts, 0)) AS bigint) AS broadcasts,
                       CAST(sum(coalesce(a.duration_minutes, 0)) AS bigint) AS duration_minutes
                FROM activity a JOIN organization o ON o.id = a.organization_id,
                     unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS x (id)
                WHERE a.status = 'ACCEPTED' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5::text, 6::text
                """).query().listOfRows());
    }

    /** Rows with numbers as longs and arrays as lists, so that two queries' rows compare by value. */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new java.util.TreeMap<>();
            row.forEach((k, v) -> {
                try {
                    copy.put(k, v instanceof Number n ? (Object) n.longValue()
                            : v instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : v);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            return (Map<String, Object>) copy;
        }).toList();
    }

    @Test
    void attachmentsAreCheckedByContentDownloadableByReadersAndLockedOnceSubmitted() {
        long report = open(unitCoordinator, unit, "2026-M10").path("report").path("id").asLong();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var attached = unitCoordinator.postParts("/api/v1/reports/" + report + "/attachments",
                List.of(HttpApi.Part.file("files", "bao-cao-ky-so.pdf", "application/pdf", pdf)));
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        long attachment = attached.json().get(0).path("id").asLong();
        var lying = unitCoordinator.postParts("/api/v1/reports/" + report + "/attachments",
                List.of(HttpApi.Part.file("files", "bang.xlsx", "application/octet-stream", "không phải bảng tính".getBytes())));
        assertThat(lying.fieldError("files")).contains("có đuôi .xlsx nhưng nội dung thực là text/plain");

        var download = communeCoordinator.getBytes("/api/v1/reports/" + report + "/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo")
                .getBytes("/api/v1/reports/" + report + "/attachments/" + attachment).statusCode()).isEqualTo(403);

        unitCoordinator.post("/api/v1/reports/" + report + "/submit", narrative(0));
        var late = unitCoordinator.postParts("/api/v1/reports/" + report + "/attachments",
                List.of(HttpApi.Part.file("files", "them.pdf", "application/pdf", pdf)));
        assertThat(late.fieldError("status")).isEqualTo("Báo cáo đã gửi, đang chờ cấp trên xem xét.");
        assertThat(communeCoordinator.get("/api/v1/reports/" + report + "/events").json().valueStream()
                .map(e -> e.path("kind").asString()).toList()).contains("FILE_ADDED", "DOWNLOADED", "SUBMITTED");
    }

    @Test
    void reportingLinesExemptABodyOrSendItsReportsHigher() {
        long school = AccessPolicy.asSystem(() -> organizations.create(new CreateOrganization(commune, "03127.THCS",
                "Trường THCS phường Điện Biên Phủ", null, null, OrganizationKind.SCHOOL, LocalDate.of(2025, 7, 1)))).id();
        int before = communeCoordinator.get("/api/v1/reports/rollup?org=" + commune + "&period=2026-M07").json()
                .path("expected").asInt();
        var exempt = communeCoordinator.put("/api/v1/reports/lines/" + school, Map.of("reports", false));
        assertThat(exempt.status()).as(exempt.body()).isEqualTo(200);
        assertThat(exempt.json().path("reports").asBoolean()).isFalse();
        assertThat(communeCoordinator.get("/api/v1/reports/rollup?org=" + commune + "&period=2026-M07").json()
                .path("expected").asInt()).isEqualTo(before - 1);

        // Straight to the province: the commune cannot decide it alone, the province can.
        assertThat(communeCoordinator.put("/api/v1/reports/lines/" + school,
                Map.of("reports", true, "recipientId", province)).status()).isEqualTo(403);
        var higher = provinceCoordinator.put("/api/v1/reports/lines/" + school, Map.of("reports", true, "recipientId", province));
        assertThat(higher.json().path("recipientId").asLong()).isEqualTo(province);
        assertThat(provinceCoordinator.get("/api/v1/reports/rollup?org=" + province + "&period=2026-M07").json()
                .path("subordinates").valueStream().anyMatch(s -> s.path("organizationId").asLong() == school)).isTrue();
        var schoolCoordinator = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("03127.THCS", Role.COORDINATOR)));
        assertThat(open(schoolCoordinator, school, "2026-M07").path("report").path("recipientId").asLong()).isEqualTo(province);

        assertThat(provinceCoordinator.put("/api/v1/reports/lines/" + school, Map.of("reports", true, "recipientId", unit))
                .fieldError("recipientId")).isEqualTo("Phòng Văn hóa – Xã hội phường Điện Biên Phủ không phải cấp trên của "
                        + "Trường THCS phường Điện Biên Phủ.");
        assertThat(unitStaff.put("/api/v1/reports/lines/" + school, Map.of("reports", false)).status()).isEqualTo(403);

        // Back to the default: the school reports to its commune again.
        var back = provinceCoordinator.put("/api/v1/reports/lines/" + school, Map.of("reports", true, "recipientId", commune));
        assertThat(back.json().path("recipientId").asLong()).isEqualTo(commune);
        assertThat(provinceCoordinator.get("/api/v1/reports/rollup?org=" + province + "&period=2026-M07").json()
                .path("subordinates").valueStream().noneMatch(s -> s.path("organizationId").asLong() == school)).isTrue();
    }

    @Test
    void aProvinceReportsToTheNationalLevel() {
        JsonNode opened = open(provinceCoordinator, province, "2026-M06");
        long report = opened.path("report").path("id").asLong();
        assertThat(opened.path("report").path("recipientId").isNull()).isTrue();
        var sent = provinceCoordinator.post("/api/v1/reports/" + report + "/submit", narrative(0));
        int version = sent.json().path("version").asInt();
        assertThat(communeCoordinator.post("/api/v1/reports/" + report + "/accept", Map.of("version", version)).status())
                .isEqualTo(403);
        var national = HttpApi.withToken(port, "pc_demo_admin");
        assertThat(national.post("/api/v1/reports/" + report + "/accept", Map.of("version", version)).json()
                .path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode rollup = national.get("/api/v1/reports/rollup?period=2026-M06").json();
        assertThat(rollup.path("expected").asInt()).isEqualTo(34);
        assertThat(rollup.path("subordinates").valueStream()
                .filter(s -> s.path("organizationId").asLong() == province).findFirst().orElseThrow()
                .path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(provinceCoordinator.get("/api/v1/reports/rollup?period=2026-M06").status()).isEqualTo(403);
    }

    @Test
    void dashboardCountsChannelsByMonthShowsReportStatesAndOverdueTasks() {
        JsonNode dashboard = communeCoordinator.get("/api/v1/dashboard?org=" + commune + "&year=2026").json();
        assertThat(dashboard.path("channelsByMonth").path("LOUDSPEAKER").get(2).asLong()).isEqualTo(1);
        assertThat(dashboard.path("channelsByMonth").path("CONFERENCE").get(0).asLong()).isEqualTo(1);
        assertThat(dashboard.path("channelsByMonth").path("VISUAL").get(5).asLong()).isEqualTo(2);

        long report = open(unitCoordinator, unit, "2026-M03").path("report").path("id").asLong();
        unitCoordinator.post("/api/v1/reports/" + report + "/submit", narrative(0));
        JsonNode monthly = communeCoordinator.get("/api/v1/dashboard?org=" + commune + "&year=2026&type=MONTHLY").json();
        List<String> keys = monthly.path("periods").valueStream().map(p -> p.path("key").asString()).toList();
        JsonNode row = monthly.path("heatmap").valueStream().filter(r -> r.path("organizationId").asLong() == unit)
                .findFirst().orElseThrow();
        JsonNode march = row.path("cells").get(keys.indexOf("2026-M03"));
        assertThat(march.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(march.path("late").asBoolean()).isTrue();
        JsonNode november = row.path("cells").get(keys.indexOf("2026-M11"));
        assertThat(november.path("status").isNull()).isTrue();
        // Periods whose data has started: December's runs from 15/11 (Decree 09/2019), so it is there.
        assertThat(keys.getLast()).isEqualTo(reportingCalendar.containing(PeriodType.MONTHLY, reportManagement.today()).key());

        JsonNode quangKhe = HttpApi.withToken(port, "pc_demo_xa_dieuphoi")
                .get("/api/v1/dashboard?org=" + organizations.getByCode("24631").id() + "&year=2026").json();
        List<Long> late = quangKhe.path("overdue").valueStream().map(o -> o.path("daysLate").asLong()).toList();
        assertThat(late).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(HttpApi.withToken(port, "pc_demo_tinh_canbo").get("/api/v1/dashboard?org=" + commune + "&year=2026")
                .status()).isEqualTo(403);

        var browser = HttpApi.browser(port);
        browser.signIn("xa.dieuphoi", "ParComms@2026");
        var page = org.jsoup.Jsoup.parse(browser.get("/dashboard").body());
        assertThat(page.select("[data-testid=heatmap]")).hasSize(1);
        assertThat(page.select("[data-testid=overdue] tbody tr")).isNotEmpty();
        assertThat(page.select("#months-data").html()).contains("series");
    }
}
