package vn.parcomms.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;
import vn.parcomms.organizations.OrganizationDirectory;

/** Spreadsheet import over real HTTP, with files written by POI in the test, for the commune's service center. */
@IntegrationTest
class ActivityImportTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toArray(String[]::new);

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    private HttpApi staff() {
        return HttpApi.withToken(port, "pc_demo_xa_canbo");
    }

    private long center() {
        return organizations.getByCode("24631.TTDVTH").id();
    }

    // ------------------------------------------------------------------ template

    @Test
    void templateHasTheHeadersAndListsTheVocabulariesAndTheBodysOccurrences() throws IOException {
        var response = staff().getBytes("/api/v1/activities/import/template?organizationId=" + center());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Row header = workbook.getSheet("Hoạt động").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã nhiệm vụ/kỳ");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Ngày bắt đầu *");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Kênh *");
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Đối tượng");
            assertThat(workbook.getSheet("Hoạt động").getDataValidations()).hasSize(3);
            Sheet lists = workbook.getSheet("Danh mục");
            assertThat(column(lists, 0)).contains("Hệ thống truyền thanh cơ sở (loa phát thanh)", "Facebook");
            assertThat(column(lists, 3)).contains("Người dân");
            assertThat(column(lists, 4)).isNotEmpty().allMatch(ref -> ref.matches(".+ – \\d{4}.*"));
        }
    }

    @Test
    void templatePageNeedsARecordingRole() {
        assertThat(HttpApi.withToken(port, "pc_demo_xa_canbo").getBytes("/activities/import/template.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(HttpApi.anonymous(port).getBytes("/api/v1/activities/import/template").statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ importing

    @Test
    void importsAGoodFileOnceAndRecognisesItWhenUploadedAgain() {
        String ref = references().getFirst();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = workbook(HEADERS, rows(
                row(ref, LocalDate.of(2026, 11, 3), null, "he thong truyen thanh co so (loa phat thanh)", null,
                        "Phát thanh CCHC " + tag, "Ba buổi sáng", "https://quangkhe.example/a https://quangkhe.example/b",
                        null, 1200, null, null, 3, 15, "Cải cách thủ tục hành chính; DIGITAL_GOVERNMENT", "Người dân"),
                row(ref, "12/11/2026", "13/11/2026", "FACEBOOK", "Bài đăng trên mạng xã hội", "Bài Facebook CCHC " + tag, null, null,
                        "1.500", null, null, null, null, null, null, null),
                row(null, "2026-12-01", null, "Tin nhắn SMS", null, "SMS ngoài kế hoạch " + tag, null, null,
                        null, null, null, null, null, null, null, "doanh nghiep")));

        var first = upload(file, "hoat-dong-quy-4.xlsx");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("count").asInt()).isEqualTo(3);
        assertThat(first.json().path("alreadyImported").asBoolean()).isFalse();
        assertThat(first.json().path("message").asString()).isEqualTo("Đã nhập 3 hoạt động từ tệp \"hoat-dong-quy-4.xlsx\".");

        List<JsonNode> imported = activitiesTagged(tag);
        assertThat(imported).hasSize(3).allMatch(a -> a.path("status").asString().equals("RECORDED"));
        JsonNode loudspeaker = imported.stream().filter(a -> a.path("title").asString().startsWith("Phát thanh")).findFirst().orElseThrow();
        assertThat(loudspeaker.path("channel").asString()).isEqualTo("LOUDSPEAKER");
        assertThat(loudspeaker.path("startDate").asString()).isEqualTo("2026-11-03");
        assertThat(loudspeaker.path("endDate").asString()).isEqualTo("2026-11-03");
        assertThat(loudspeaker.path("occurrenceId").isNull()).isFalse();
        assertThat(loudspeaker.path("reach").path("listeners").asLong()).isEqualTo(1200);
        assertThat(loudspeaker.path("reach").path("durationMinutes").asInt()).isEqualTo(15);
        assertThat(strings(loudspeaker.path("topics"))).containsExactly("ADMIN_PROCEDURE_REFORM", "DIGITAL_GOVERNMENT");
        assertThat(strings(loudspeaker.path("links"))).containsExactly("https://quangkhe.example/a", "https://quangkhe.example/b");
        JsonNode facebook = imported.stream().filter(a -> a.path("channel").asString().equals("FACEBOOK")).findFirst().orElseThrow();
        assertThat(facebook.path("reach").path("views").asLong()).isEqualTo(1500);
        assertThat(facebook.path("endDate").asString()).isEqualTo("2026-11-13");
        JsonNode events = HttpApi.withToken(port, "pc_demo_xa_dieuphoi")
                .get("/api/v1/activities/" + facebook.path("id").asLong() + "/events").json();
        assertThat(events.get(0).path("kind").asString()).isEqualTo("IMPORTED");

        var again = upload(file, "ban-sao.xlsx");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().path("importId").asLong()).isEqualTo(first.json().path("importId").asLong());
        assertThat(again.json().path("message").asString()).matches("Tệp này đã được nhập lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} "
                + "\\(3 hoạt động\\); không nhập lại lần nữa\\.");
        assertThat(activitiesTagged(tag)).hasSize(3);

        // The same rows in a re-saved file (other bytes, an edited figure) are caught row by row.
        byte[] edited = workbook(HEADERS, rows(
                row(ref, "12/11/2026", "13/11/2026", "Facebook", null, "Bài Facebook CCHC " + tag, null, null,
                        "1.700", null, null, null, null, null, null, null)));
        var rejected = upload(edited, "sua.xlsx");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(rejected.json().path("errors").get(0).path("message").asString()).startsWith("Hoạt động này đã được nhập lúc");
        assertThat(activitiesTagged(tag)).hasSize(3);
    }

    @Test
    void rejectsAHeaderThatDoesNotMatchTheTemplateNamingTheExpectedColumns() {
        var response = upload(workbook(new String[] {"Ngày", "Kênh", "Tiêu đề", "Ghi chú"},
                rows(row("15/11/2026", "SMS", "Tin nhắn", "x"))), "sai-cot.xlsx");

        assertThat(response.status()).isEqualTo(400);
        List<String> messages = messages(response);
        assertThat(messages.getFirst()).startsWith("Dòng tiêu đề (dòng 1) không đúng mẫu. Các cột của mẫu: Mã nhiệm vụ/kỳ, "
                + "Ngày bắt đầu, Ngày kết thúc, Kênh, Loại sản phẩm, Tiêu đề,");
        assertThat(messages).contains("Cột \"Ngày\" không có trong mẫu.", "Cột \"Ghi chú\" không có trong mẫu.",
                "Thiếu cột bắt buộc \"Ngày bắt đầu\".");
        assertThat(response.json().path("errors").get(0).path("row").isNull()).isTrue();
    }

    @Test
    void reportsEveryRowErrorInVietnameseAndStoresNothing() {
        String ref = references().getFirst();
        long notAssigned = occurrenceNotAssignedToCenter();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = workbook(HEADERS, rows(
                row(ref, "10/11/2026", null, "SMS", null, "Dòng đúng " + tag, null, null, null, null, null, null, null, null, null, null),
                row(ref, "31/02/2026", null, "SMS", null, "Ngày sai " + tag, null, null, null, null, null, null, null, null, null, null),
                row(ref, "10/11/2026", null, "Bồ câu đưa thư", null, "Kênh lạ " + tag, null, null, null, null, null, null, null, null, null, null),
                row("#" + notAssigned, "10/11/2026", null, "SMS", null, "Không được giao " + tag, null, null, null, null, null, null, null, null, null, null),
                row("99.9 – 2026-Q4", "10/11/2026", null, "SMS", null, "Không có nhiệm vụ " + tag, null, null, null, null, null, null, null, null, null, null),
                row(ref, "31/12/2025", null, "SMS", null, "Năm khác " + tag, null, null, null, null, null, null, null, null, null, null),
                row(null, "10/11/2026", null, "SMS", null, null, null, "ftp://x", "-5", null, null, null, null, null, "Chủ đề lạ", null)));

        var response = upload(file, "loi.xlsx");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("detail").asString())
                .isEqualTo("Chưa nhập hoạt động nào: tệp có 9 lỗi. Hãy sửa rồi tải lên lại cả tệp.");
        List<String> lines = new ArrayList<>();
        response.json().path("errors").forEach(e -> lines.add(e.path("row").asInt() + " | " + e.path("column").asString()
                + " | " + e.path("message").asString()));
        String center = organizations.getByCode("24631.TTDVTH").name();
        assertThat(lines).containsExactly(
                "3 | Ngày bắt đầu | Ngày \"31/02/2026\" không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy (ví dụ 15/11/2026) "
                        + "hoặc dùng ô kiểu ngày của Excel.",
                "4 | Kênh | Không có kênh \"Bồ câu đưa thư\" trong danh mục; hãy chọn một kênh ở trang \"Danh mục\" của mẫu.",
                "5 | Mã nhiệm vụ/kỳ | " + center + " không được giao chủ trì hay phối hợp nhiệm vụ này.",
                "6 | Mã nhiệm vụ/kỳ | Không có nhiệm vụ/kỳ \"99.9 – 2026-Q4\" trong các nhiệm vụ giao cho " + center
                        + "; hãy chọn ở trang \"Danh mục\" của mẫu, hoặc để trống nếu hoạt động ngoài kế hoạch.",
                "7 | Ngày bắt đầu | Ngày thực hiện phải thuộc năm 2026 của kế hoạch.",
                "8 | Tiêu đề | Ô này bắt buộc phải nhập.",
                "8 | Liên kết | Đường dẫn \"ftp://x\" không hợp lệ (phải bắt đầu bằng http:// hoặc https://).",
                "8 | Lượt xem | Số liệu không được âm.",
                "8 | Chủ đề | Không có chủ đề \"Chủ đề lạ\" trong danh mục; các chủ đề cách nhau bằng dấu chấm phẩy (;).");
        assertThat(activitiesTagged(tag)).isEmpty();
    }

    @Test
    void rejectsAFileThatIsNoSpreadsheetOrWasCutOff() {
        var text = upload("Ngày bắt đầu;Kênh;Tiêu đề\n15/11/2026;SMS;Tin".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "gia.xlsx");
        assertThat(text.status()).isEqualTo(400);
        assertThat(messages(text)).containsExactly(
                "Tệp không phải bảng tính Excel (.xlsx). Hãy dùng mẫu tải về và lưu ở định dạng .xlsx.");

        byte[] whole = workbook(HEADERS, rows(row(null, "10/11/2026", null, "SMS", null, "Cắt ngang " + UUID.randomUUID(),
                null, null, null, null, null, null, null, null, null, null)));
        var cut = upload(Arrays.copyOf(whole, whole.length / 2), "dang-do.xlsx");
        assertThat(cut.status()).isEqualTo(400);
        assertThat(messages(cut)).containsExactly("Không đọc được tệp: tệp bị hỏng hoặc chưa được tải lên trọn vẹn. "
                + "Hãy kiểm tra tệp rồi tải lên lại.");

        var none = staff().postMultipart("/api/v1/activities/import", Map.of("organizationId", String.valueOf(center())),
                "other", "x.txt", new byte[0], "text/plain");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.fieldError("file")).isEqualTo("Hãy chọn tệp Excel (.xlsx) để tải lên.");
    }

    @Test
    void refusesBodiesTheUserMayNotRecordFor() {
        long province = organizations.getByCode("68").id();
        var response = staff().postMultipart("/api/v1/activities/import", Map.of("organizationId", String.valueOf(province)),
                "file", "a.xlsx", workbook(HEADERS, List.of()), XLSX);
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void rejectsMoreRowsThanTheLimit() {
        String[] headers = {"Ngày bắt đầu", "Kênh", "Tiêu đề"};
        byte[] file = streamed(headers, 50_001, i -> new Object[] {"10/11/2026", "SMS", "Tin " + i});
        var response = upload(file, "qua-lon.xlsx");
        assertThat(response.status()).isEqualTo(400);
        assertThat(messages(response)).containsExactly("Tệp có hơn 50.000 dòng dữ liệu; mỗi lần chỉ nhập được tối đa "
                + "50.000 dòng. Hãy chia thành nhiều tệp.");
    }

    @Test
    void importsFiftyThousandRowsInOneGo() {
        // A ward outside the demo province, so that 50,000 activities do not crowd what other tests list.
        var user = testAccounts.create("00004", Role.STAFF);
        HttpApi ward = HttpApi.withToken(port, testAccounts.tokenFor(user));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = streamed(HEADERS, 50_000, i -> new Object[] {null, LocalDate.of(2026, 1, 1).plusDays(i % 300),
                null, i % 2 == 0 ? "Facebook" : "Tin nhắn SMS", null, "Hoạt động " + tag + " số " + i, "Mô tả " + i,
                "https://phuongbadinh.example/" + i, i, null, null, null, null, null, "Dịch vụ công trực tuyến", "Người dân"});

        long started = System.nanoTime();
        var response = ward.postMultipart("/api/v1/activities/import",
                Map.of("organizationId", String.valueOf(user.organizationId())), "file", "nam-muoi-nghin.xlsx", file, XLSX);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Imported 50,000 rows (%,d bytes) in %,d ms%n", file.length, millis);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("count").asInt()).isEqualTo(50_000);
        long importId = response.json().path("importId").asLong();
        assertThat(jdbc.sql("SELECT count(*) FROM activity WHERE import_id = :i AND status = 'RECORDED' AND recorded_by = :u")
                .param("i", importId).param("u", user.id()).query(Long.class).single()).isEqualTo(50_000);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_event e JOIN activity a ON a.id = e.activity_id "
                + "WHERE a.import_id = :i AND e.kind = 'IMPORTED'").param("i", importId).query(Long.class).single())
                .isEqualTo(50_000);
        assertThat(ward.get("/api/v1/activities?from=2026-01-01&to=2026-01-01").json().get(0).path("title").asString())
                .startsWith("Hoạt động " + tag);
    }

    @Test
    void answersAnUploadOverTheSizeLimitWithTheLimitNotAStackTrace() {
        byte[] huge = new byte[30 * 1024 * 1024 + 100_000];
        var api = upload(huge, "qua-to.xlsx");
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.json().path("detail").asString())
                .isEqualTo("Tệp tải lên quá lớn (tối đa 30 MB). Hãy chia thành nhiều tệp nhỏ hơn.");

        HttpApi browser = HttpApi.browser(port);
        browser.signIn("xa.canbo", "ParComms@2026");
        String csrf = browser.csrfFrom("/activities/import");
        var page = browser.postMultipart("/activities/import?organizationId=" + center(), Map.of("_csrf", csrf),
                "file", "qua-to.xlsx", huge, XLSX);
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/activities/import?organizationId=" + center() + "&upload-too-large");
        var form = browser.get(page.header("Location"));
        assertThat(org.jsoup.Jsoup.parse(form.body()).selectFirst("[data-testid=import-summary]").text())
                .isEqualTo("Tệp tải lên quá lớn (tối đa 30 MB). Hãy chia thành nhiều tệp nhỏ hơn.");
    }

    // ------------------------------------------------------------------ page

    @Test
    void pageUploadShowsTheErrorTableThenTheOutcome() {
        HttpApi browser = HttpApi.browser(port);
        browser.signIn("xa.canbo", "ParComms@2026");
        var page = browser.get("/activities/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhập hoạt động từ bảng tính", "accept=\".xlsx");
        String csrf = browser.csrfFrom("/activities/import");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = Map.of("organizationId", String.valueOf(center()), "_csrf", csrf);

        var bad = browser.postMultipart("/activities/import", fields, "file", "loi.xlsx", workbook(HEADERS, rows(
                row(null, "hôm qua", null, "SMS", null, "Trang " + tag, null, null, null, null, null, null, null, null, null, null))), XLSX);
        assertThat(bad.status()).isEqualTo(200);
        var table = org.jsoup.Jsoup.parse(bad.body()).selectFirst("[data-testid=import-errors]");
        assertThat(table).isNotNull();
        assertThat(table.select("th").eachText()).containsExactly("Dòng", "Cột", "Lỗi");
        assertThat(table.select("tbody td").eachText()).containsExactly("2", "Ngày bắt đầu",
                "Ngày \"hôm qua\" không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy (ví dụ 15/11/2026) hoặc dùng ô kiểu ngày của Excel.");

        var good = browser.postMultipart("/activities/import", fields, "file", "dung.xlsx", workbook(HEADERS, rows(
                row(null, "20/11/2026", null, "SMS", null, "Trang " + tag, null, null, null,
                        null, null, null, null, null, null, null))), XLSX);
        assertThat(good.status()).isEqualTo(302);
        var outcome = browser.get(java.net.URI.create(good.header("Location")).getPath());
        assertThat(org.jsoup.Jsoup.parse(outcome.body()).selectFirst("[data-testid=import-outcome]").text())
                .contains("Đã nhập 1 hoạt động từ tệp \"dung.xlsx\".");
        assertThat(browser.get("/inbox?organizationId=" + center()).body()).contains("/activities/import?organizationId=" + center());
    }

    // ------------------------------------------------------------------ helpers

    private HttpApi.Response upload(byte[] file, String filename) {
        return staff().postMultipart("/api/v1/activities/import", Map.of("organizationId", String.valueOf(center())),
                "file", filename, file, XLSX);
    }

    /** The occurrence references the template offers the center. */
    private List<String> references() {
        byte[] template = staff().getBytes("/api/v1/activities/import/template?organizationId=" + center()).body();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            return column(workbook.getSheet("Danh mục"), 4).stream().filter(r -> r.contains("2026-Q4")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long occurrenceNotAssignedToCenter() {
        List<Long> assigned = new ArrayList<>();
        staff().get("/api/v1/organizations/" + center() + "/inbox").json()
                .forEach(item -> assigned.add(item.path("occurrenceId").asLong()));
        return jdbc.sql("""
                SELECT oc.id FROM task_occurrence oc JOIN plan p ON p.id = oc.plan_id
                WHERE p.status = 'ISSUED' AND p.year = 2026 AND NOT (oc.id = ANY (:assigned)) ORDER BY oc.id LIMIT 1
                """).param("assigned", assigned.toArray(Long[]::new)).query(Long.class).single();
    }

    private List<JsonNode> activitiesTagged(String tag) {
        JsonNode all = staff().get("/api/v1/activities").json();
        return StreamSupport.stream(all.spliterator(), false).filter(a -> a.path("title").asString().contains(tag)).toList();
    }

    private static List<String> messages(HttpApi.Response response) {
        List<String> messages = new ArrayList<>();
        response.json().path("errors").forEach(e -> messages.add(e.path("message").asString()));
        return messages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && !row.getCell(column).getStringCellValue().isEmpty()) {
                values.add(row.getCell(column).getStringCellValue());
            }
        }
        return values;
    }

    private static List<Object[]> rows(Object[]... rows) {
        return Arrays.asList(rows);
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    /** A workbook as a user would save it: strings, numbers, and real date cells for LocalDate values. */
    private static byte[] workbook(String[] headers, List<Object[]> rows) {
        try (var workbook = new XSSFWorkbook()) {
            fill(workbook, headers, rows.size(), rows::get);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] streamed(String[] headers, int count, java.util.function.IntFunction<Object[]> rows) {
        var workbook = new SXSSFWorkbook(500);
        try {
            fill(workbook, headers, count, rows);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void fill(Workbook workbook, String[] headers, int count, java.util.function.IntFunction<Object[]> rows) {
        Sheet sheet = workbook.createSheet("Hoạt động");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            header.createCell(c).setCellValue(headers[c]);
        }
        for (int r = 0; r < count; r++) {
            Object[] values = rows.apply(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < values.length; c++) {
                switch (values[c]) {
                    case null -> { }
                    case LocalDate day -> {
                        var cell = row.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    }
                    case Number number -> row.createCell(c).setCellValue(number.doubleValue());
                    default -> row.createCell(c).setCellValue(values[c].toString());
                }
            }
        }
    }
}
