package vn.parcomms.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.access.Role;
import vn.parcomms.accounts.TestAccounts;

/** Every table downloads as a spreadsheet with Vietnamese headers, typed cells and a frozen header row, within scope. */
@IntegrationTest
class TableExportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    private long plan(String number) {
        return jdbc.sql("SELECT id FROM plan WHERE document_number = :n").param("n", number).query(Long.class).single();
    }

    private Sheet sheet(String token, String path) throws IOException {
        HttpResponse<byte[]> response = HttpApi.withToken(port, token).getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            return sheet;
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    @Test
    void thePlanTaskTableHasEveryTaskWithCountsAsNumbers() throws IOException {
        long plan = plan("18/KH-UBND");
        Sheet sheet = sheet("pc_demo_xa_canbo", "/api/v1/plans/" + plan + "/tasks/export");
        assertThat(header(sheet)).startsWith("STT", "Nhiệm vụ", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp");
        List<String> titles = jdbc.sql("SELECT title FROM plan_task WHERE plan_id = :p ORDER BY position").param("p", plan)
                .query(String.class).list();
        assertThat(sheet.getLastRowNum()).isEqualTo(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(titles.get(i));
        }
        boolean counted = false;
        for (Row row : sheet) {
            var count = row.getCell(8);
            if (row.getRowNum() > 0 && count != null) {
                assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
                counted = true;
            }
        }
        assertThat(counted).isTrue();
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
    }

    @Test
    void theComplianceTableHasDueDatesAsDates() throws IOException {
        long plan = plan("428/KH-UBND");
        Sheet sheet = sheet("pc_demo_tinh_dieuphoi", "/plans/" + plan + "/obligations.xlsx");
        assertThat(header(sheet)).containsExactly("STT", "Cơ quan, đơn vị", "Hạn ban hành", "Số kế hoạch", "Ngày ban hành",
                "Tình trạng");
        int rows = jdbc.sql("SELECT count(*) FROM plan_obligation WHERE plan_id = :p").param("p", plan).query(Integer.class).single();
        assertThat(sheet.getLastRowNum()).isEqualTo(rows).isGreaterThan(10);
        var due = sheet.getRow(1).getCell(2);
        assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
        List<java.time.LocalDate> dueDates = jdbc.sql("SELECT due_date FROM plan_obligation WHERE plan_id = :p").param("p", plan)
                .query(java.time.LocalDate.class).list();
        assertThat(dueDates).contains(due.getLocalDateTimeCellValue().toLocalDate());
        var stranger = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("01", Role.STAFF)));
        assertThat(stranger.getBytes("/api/v1/plans/" + plan + "/obligations/export").statusCode()).isEqualTo(403);
    }

    @Test
    void theActivityListExportsWhatTheReaderMaySeeWithItsFilters() throws IOException {
        var api = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long unit = jdbc.sql("SELECT id FROM organization WHERE code = '24631.TTDVTH' AND valid_to IS NULL").query(Long.class).single();
        for (String channel : List.of("LOUDSPEAKER", "FACEBOOK")) {
            var recorded = HttpApi.withToken(port, "pc_demo_xa_canbo").post("/api/v1/activities", java.util.Map.of(
                    "organizationId", unit, "startDate", "2026-10-05", "channel", channel,
                    "title", "Phát thanh về dịch vụ công trực tuyến", "reach", java.util.Map.of("listeners", 1200)));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        Set<Long> listed = new HashSet<>();
        api.get("/api/v1/activities?size=1000").json().forEach(a -> listed.add(a.path("id").asLong()));
        Sheet sheet = sheet("pc_demo_xa_dieuphoi", "/api/v1/activities/export");
        assertThat(header(sheet)).startsWith("Mã", "Từ ngày", "Đến ngày", "Cơ quan, đơn vị", "Hình thức");
        Set<Long> exported = new HashSet<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                exported.add((long) row.getCell(0).getNumericCellValue());
                assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
                if (row.getCell(10) != null) {
                    assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
        }
        assertThat(exported).isNotEmpty().isEqualTo(listed);

        Sheet accepted = sheet("pc_demo_xa_dieuphoi", "/activities/export.xlsx?status=ACCEPTED");
        for (Row row : accepted) {
            if (row.getRowNum() > 0) {
                assertThat(row.getCell(15).getStringCellValue()).isEqualTo("Đã duyệt");
            }
        }
        assertThat(accepted.getLastRowNum()).isLessThanOrEqualTo(sheet.getLastRowNum());
    }

    @Test
    void theScoreExportsEachCriterionWithPointsAsNumbers() throws IOException {
        long commune = jdbc.sql("SELECT id FROM organization WHERE code = '24631' AND valid_to IS NULL").query(Long.class).single();
        Sheet sheet = sheet("pc_demo_xa_dieuphoi", "/api/v1/scores/export?org=" + commune + "&year=2026");
        assertThat(header(sheet)).containsExactly("Tiêu chí", "Điểm", "Điểm tối đa", "Giải thích", "Số hoạt động làm căn cứ");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mức độ hoàn thành kế hoạch");
        assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Tổng");
        var json = HttpApi.withToken(port, "pc_demo_xa_dieuphoi").get("/api/v1/scores?org=" + commune + "&year=2026").json();
        assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getNumericCellValue())
                .isEqualTo(json.path("points").asDouble());
        var stranger = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("01", Role.STAFF)));
        assertThat(stranger.getBytes("/api/v1/scores/export?org=" + commune + "&year=2026").statusCode()).isEqualTo(403);
    }
}
