package vn.parcomms.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;

/** A province's catalog through the officials' API: decisions, import and export, history, counts, permissions. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureCatalogTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProcedureFiles files;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    HttpApi manager;
    HttpApi staff;
    HttpApi otherProvince;
    long province;

    @BeforeAll
    void users() {
        manager = HttpApi.withToken(port, accounts.tokenFor(accounts.create("68", Role.COORDINATOR)));
        staff = HttpApi.withToken(port, accounts.tokenFor(accounts.create("68", Role.STAFF)));
        otherProvince = HttpApi.withToken(port, accounts.tokenFor(accounts.create("79", Role.COORDINATOR)));
        province = jdbc.sql("SELECT id FROM organization WHERE code = '68' AND valid_to IS NULL").query(Long.class).single();
    }

    private long decision(String number, LocalDate effective) {
        var created = manager.post("/api/v1/procedure-catalogs/68/decisions", Map.of("number", number, "signedOn", effective.toString(),
                "effectiveOn", effective.toString(), "title", "Về việc công bố thủ tục hành chính"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private List<ProcedureContent> active() {
        return AccessPolicy.asSystem(() -> catalog.all(province)).stream().filter(p -> p.status() == Procedure.Status.ACTIVE)
                .map(Procedure::content).toList();
    }

    @Test
    void exportThenImportGivesTheSameCatalogInEveryFormatAndChangesNothing() {
        List<ProcedureContent> before = active();
        assertThat(before).hasSizeGreaterThanOrEqualTo(45);
        long decision = decision("99/QĐ-UBND-" + System.nanoTime() % 100000, LocalDate.of(2026, 1, 1));
        for (String format : List.of("xlsx", "csv", "json")) {
            var export = manager.getBytes("/api/v1/procedure-catalogs/68/export?format=" + format);
            assertThat(export.statusCode()).isEqualTo(200);
            ProcedureFiles.Read read = files.read(export.body());
            assertThat(read.problems()).as(format).isEmpty();
            assertThat(read.procedures()).as(format).containsExactlyInAnyOrderElementsOf(before);
            var imported = manager.postParts("/api/v1/procedure-decisions/" + decision + "/import",
                    List.of(HttpApi.Part.file("file", "danh-muc." + format, "application/octet-stream", export.body())));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().path("unchanged").asInt()).isEqualTo(before.size());
            assertThat(imported.json().path("published").asInt() + imported.json().path("amended").asInt()).isZero();
        }
        assertThat(active()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(staff.getBytes("/api/v1/procedure-catalogs/68/export?format=xlsx").statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/v1/procedure-catalogs/68/export?format=pdf").fieldError("format")).contains("xlsx");
    }

    @Test
    void aSpreadsheetWithDuplicatedCodesAndBrokenRowsIsRefusedWholeWithEveryRowNamed() {
        int before = active().size();
        String header = String.join(",", java.util.Arrays.stream(ProcedureFiles.COLUMNS).map(c -> "\"" + c[0] + "\"").toList());
        String good = "\"2.999001.000.00.00.H36\",\"Thủ tục thử nhập một\",\"Hộ tịch\",\"Cấp xã\",,,,,,,,,,,,\"Toàn trình\",,";
        String duplicate = "\"2.999001.000.00.00.H36\",\"Thủ tục trùng mã\",\"Hộ tịch\",\"Cấp xã\",,,,,,,,,,,,\"Một phần\",,";
        String broken = "\"2-999002\",,\"Hộ tịch\",\"Cấp huyện\",,,,,,\"Gửi fax | 3 ngày | 0\",,,\"Lệ phí | năm mươi nghìn | NQ\",,"
                + "\"12/2024/NĐ-CP | Nghị định | 31/02/2024 | Chính phủ\",\"Mức độ 5\",\"javascript:alert(1)\",";
        byte[] csv = (header + "\r\n" + good + "\r\n" + duplicate + "\r\n" + broken + "\r\n").getBytes(StandardCharsets.UTF_8);
        long decision = decision("100/QĐ-UBND-" + System.nanoTime() % 100000, LocalDate.of(2026, 2, 1));
        var refused = manager.postParts("/api/v1/procedure-decisions/" + decision + "/import",
                List.of(HttpApi.Part.file("file", "loi.csv", "text/csv", csv)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).contains("chưa có thủ tục nào được lưu");
        Map<String, String> errors = new HashMap<>();
        refused.json().path("errors").forEach(e -> errors.merge(e.path("field").asString(), e.path("message").asString(), (a, b) -> a + " " + b));
        assertThat(errors.get("rows[3].code")).contains("dòng 2");
        assertThat(errors.get("rows[4].code")).contains("không đúng dạng");
        assertThat(errors.get("rows[4].name")).isNotBlank();
        assertThat(errors.get("rows[4].levels")).contains("Cấp huyện");
        assertThat(errors.get("rows[4].methods")).contains("Gửi fax");
        assertThat(errors.get("rows[4].fees")).contains("năm mươi nghìn");
        assertThat(errors.get("rows[4].legalBases")).contains("31/02/2024");
        assertThat(errors.get("rows[4].onlineLevel")).contains("Mức độ 5");
        assertThat(errors.get("rows[4].portalUrl")).isNotBlank();
        assertThat(errors.keySet()).noneMatch(k -> k.startsWith("rows[2]."));
        assertThat(active()).hasSize(before);
        var garbage = manager.postParts("/api/v1/procedure-decisions/" + decision + "/import",
                List.of(HttpApi.Part.file("file", "anh.xlsx", "application/octet-stream", "PK\u0003\u0004garbage".getBytes())));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.fieldError("file")).contains("Không đọc được tệp");

        // The page keeps the decision typed, lists the rows, and records no decision.
        var browser = HttpApi.browser(port);
        assertThat(browser.signIn("tinh.dieuphoi", "ParComms@2026").status()).isIn(200, 302);
        String number = "101/QĐ-UBND-" + System.nanoTime() % 100000;
        var page = browser.postMultipart("/procedures/import", Map.of("province", "68", "number", number, "signedOn", "2026-03-01",
                "effectiveOn", "2026-03-01", "_csrf", browser.csrfFrom("/procedures")), "file", "loi.csv", csv, "text/csv");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"row-errors\"", "Cấp huyện", "value=\"" + number + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM procedure_decision WHERE number = :n").param("n", number).query(Long.class).single())
                .isZero();

        // Abolishing from a procedure's page without a decision number: the message stands beside the field,
        // the note typed is kept, and the procedure stays in force.
        var abolish = browser.postForm("/procedures/1.001193.000.00.00.H36/abolish", Map.of("number", "", "signedOn", "2026-03-01",
                "effectiveOn", "2026-03-01", "note", "Lý do thử", "_csrf", browser.csrfFrom("/procedures/1.001193.000.00.00.H36")));
        assertThat(abolish.status()).isEqualTo(200);
        assertThat(abolish.body()).contains("id=\"number-error\"", "value=\"Lý do thử\"");
        assertThat(HttpApi.anonymous(port).get("/api/v1/procedures/1.001193.000.00.00.H36").json().path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void decisionsPublishAmendReplaceAndAbolishWithHistoryCountsAndTheCatalogOfADay() {
        LocalDate effective = LocalDate.of(2026, 4, 1);
        long decision = decision("200/QĐ-UBND-" + System.nanoTime() % 100000, effective);
        String code = "2.999100.000.00.00.H36";
        Map<String, Object> procedure = new HashMap<>(Map.of("code", code, "name", "Thủ tục thử công bố", "field", "Hộ tịch",
                "levels", List.of("COMMUNE"), "onlineLevel", "PARTIAL", "processingTime", "03 ngày làm việc"));
        var published = manager.post("/api/v1/procedure-decisions/" + decision + "/procedures", List.of(procedure));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("published").asInt()).isEqualTo(1);
        assertThat(otherProvince.post("/api/v1/procedure-decisions/" + decision + "/procedures", List.of(procedure)).status())
                .isEqualTo(403);
        assertThat(staff.post("/api/v1/procedure-catalogs/68/decisions", Map.of("number", "x", "signedOn", "2026-01-01",
                "effectiveOn", "2026-01-01")).status()).isEqualTo(403);

        // The catalog of a commune of the province: from the decision's day only.
        long commune = jdbc.sql("SELECT id FROM organization WHERE code = '24631' AND valid_to IS NULL").query(Long.class).single();
        assertThat(manager.get("/api/v1/organizations/" + commune + "/procedures?on=2026-03-31").body()).doesNotContain(code);
        assertThat(manager.get("/api/v1/organizations/" + commune + "/procedures?on=2026-04-01").body()).contains(code);

        procedure.put("processingTime", "02 ngày làm việc");
        var amended = manager.put("/api/v1/procedure-decisions/" + decision + "/procedures/" + code,
                Map.of("procedure", procedure, "version", 0));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(manager.put("/api/v1/procedure-decisions/" + decision + "/procedures/" + code,
                Map.of("procedure", procedure, "version", 0)).status()).isEqualTo(409);

        // The public page is served from memory with an ETag, until the catalog changes.
        var cached = HttpApi.anonymous(port).get("/thu-tuc/" + code);
        assertThat(cached.body()).contains("02 ngày làm việc").doesNotContain("đã được thay thế");
        assertThat(HttpApi.anonymous(port).getWithHeaders("/thu-tuc/" + code, Map.of("If-None-Match", cached.header("ETag"))).status())
                .isEqualTo(304);
        Map<String, Object> replacement = new HashMap<>(procedure);
        replacement.put("code", "2.999101.000.00.00.H36");
        replacement.put("name", "Thủ tục thử thay thế");
        var replaced = manager.post("/api/v1/procedure-decisions/" + decision + "/replacements",
                Map.of("code", code, "replacement", replacement));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        var old = HttpApi.anonymous(port).get("/api/v1/procedures/" + code);
        assertThat(old.json().path("status").asString()).isEqualTo("REPLACED");
        assertThat(old.json().path("replacedBy").asString()).isEqualTo("2.999101.000.00.00.H36");
        assertThat(HttpApi.anonymous(port).get("/thu-tuc/" + code).body()).contains("đã được thay thế", "2.999101.000.00.00.H36");

        var abolished = manager.post("/api/v1/procedure-decisions/" + decision + "/abolitions",
                Map.of("code", "2.999101.000.00.00.H36", "note", "Không còn căn cứ pháp lý"));
        assertThat(abolished.status()).as(abolished.body()).isEqualTo(200);
        assertThat(manager.post("/api/v1/procedure-decisions/" + decision + "/abolitions",
                Map.of("code", "2.999101.000.00.00.H36")).status()).isEqualTo(400);

        var history = HttpApi.anonymous(port).get("/api/v1/procedures/" + code + "/history");
        assertThat(history.json().path("changes").valueStream().map(c -> c.path("kind").asString()).toList())
                .containsExactly("PUBLISHED", "AMENDED", "REPLACED");
        var counts = manager.get("/api/v1/procedure-catalogs/68/counts?from=2026-04-01&to=2026-06-30").json();
        assertThat(counts.path("PUBLISHED").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(counts.path("AMENDED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("REPLACED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("ABOLISHED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(manager.get("/api/v1/procedure-catalogs/68/counts?from=2026-06-30&to=2026-04-01").fieldError("to")).isNotBlank();
        // Searches no longer offer what is abolished or replaced.
        assertThat(HttpApi.anonymous(port).get("/api/v1/procedures?q=" + HttpApi.encode("thủ tục thử")).body())
                .doesNotContain("2.999100", "2.999101");
    }
}
