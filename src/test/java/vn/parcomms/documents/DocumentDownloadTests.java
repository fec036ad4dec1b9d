package vn.parcomms.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.HttpApi;
import vn.parcomms.IntegrationTest;
import vn.parcomms.accounts.TestAccounts;
import vn.parcomms.access.Role;

/**
 * The demo plan (Quảng Khê, 18/KH-UBND), its issuing decision and a report, downloaded as DOCX and PDF
 * through the API and read back: PDFBox for the text, POI for the tables and fonts, pdftoppm for the
 * look of the first page against a reviewed reference image.
 */
@IntegrationTest
class DocumentDownloadTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    private long demoPlan() {
        return jdbc.sql("SELECT id FROM plan WHERE document_number = '18/KH-UBND'").query(Long.class).single();
    }

    private List<String> taskTitles(long plan) {
        return jdbc.sql("SELECT title FROM plan_task WHERE plan_id = :p ORDER BY position").param("p", plan)
                .query(String.class).list();
    }

    private byte[] download(String token, String path) {
        HttpResponse<byte[]> response = HttpApi.withToken(port, token).getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
    }

    /** The text of a column of the appendix table (as fractions of the table width) on every landscape page. */
    static String column(PDDocument pdf, float from, float to) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : pdf.getPages()) {
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            if (width < height) {
                continue;
            }
            float margin = 20 * 72f / 25.4f;
            float table = width - 2 * margin;
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("column", new java.awt.geom.Rectangle2D.Float(margin + table * from + 1, 0,
                    table * (to - from) - 2, height));
            stripper.extractRegions(page);
            // Each page starts with the repeated header cell; without it, a row broken across pages reads whole.
            text.append(stripper.getTextForRegion("column").strip().replaceFirst("^Nhiệm vụ", "")).append('\n');
        }
        return flat(Normalizer.normalize(text.toString(), Normalizer.Form.NFC));
    }

    static String lastLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("");
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void thePlanPdfReadsAsTheOfficialDocumentWithEveryTaskInTheLandscapeAppendix() throws IOException {
        long plan = demoPlan();
        byte[] bytes = download("pc_demo_xa_canbo", "/api/v1/plans/" + plan + "/document?format=pdf");
        saveForReview("plan.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            String first = text(pdf, 1, 1);
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 18/KH-UBND", "Quảng Khê, ngày 20 tháng 01 năm 2026", "ỦY BAN NHÂN DÂN", "XÃ QUẢNG KHÊ",
                    "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU");
            // Page numbers, drawn last on each page, start on page 2.
            assertThat(lastLine(first)).isNotEqualTo("1");
            assertThat(lastLine(text(pdf, 2, 2))).isEqualTo("2");
            assertThat(lastLine(text(pdf, pdf.getNumberOfPages(), pdf.getNumberOfPages())))
                    .isEqualTo(String.valueOf(pdf.getNumberOfPages()));
            assertThat(flat(all)).contains("Nơi nhận:", "CHỦ TỊCH", "Mai Văn Tùng", "- Lưu: VT",
                    "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Cơ quan chủ trì", "Cơ quan phối hợp");
            // The task column of the landscape pages, read alone, holds every task title in order.
            String column = column(pdf, 0.05f, 0.40f);
            int at = 0;
            for (String title : taskTitles(plan)) {
                int found = column.indexOf(flat(Normalizer.normalize(title, Normalizer.Form.NFC)), at);
                assertThat(found).as("task %s", title).isGreaterThanOrEqualTo(0);
                at = found;
            }
            PDPage firstPage = pdf.getPage(0);
            PDPage lastPage = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertThat(firstPage.getMediaBox().getWidth()).isLessThan(firstPage.getMediaBox().getHeight());
            assertThat(lastPage.getMediaBox().getWidth()).isGreaterThan(lastPage.getMediaBox().getHeight());
            List<String> fonts = new ArrayList<>();
            for (var name : firstPage.getResources().getFontNames()) {
                PDFont font = firstPage.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSerif-Bold")).anyMatch(f -> f.contains("LiberationSerif"));
        }
    }

    @Test
    void thePlanDocxHasTheTaskTableAndTimesNewRomanOnEveryRun() throws IOException {
        long plan = demoPlan();
        byte[] bytes = download("pc_demo_xa_canbo", "/api/v1/plans/" + plan + "/document?format=docx");
        saveForReview("plan.docx", bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable appendix = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
            assertThat(appendix.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .containsExactly("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm");
            assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
            List<String> titles = taskTitles(plan);
            assertThat(appendix.getNumberOfRows()).isEqualTo(titles.size() + 1);
            for (int i = 0; i < titles.size(); i++) {
                assertThat(appendix.getRow(i + 1).getCell(1).getText()).startsWith(Normalizer.normalize(titles.get(i), Normalizer.Form.NFC));
            }
            assertThat(appendix.getRow(1).getCell(2).getText()).isNotBlank();
            List<XWPFRun> runs = new ArrayList<>();
            docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).hasSizeGreaterThan(100);
            for (XWPFRun run : runs) {
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                        .as(run.text()).containsOnly("Times New Roman");
                assertThat(run.text()).isEqualTo(Normalizer.normalize(run.text(), Normalizer.Form.NFC));
            }
            String body = docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG");
            String masthead = docx.getTables().getFirst().getText();
            assertThat(masthead).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 18/KH-UBND",
                    "Quảng Khê, ngày 20 tháng 01 năm 2026");
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getOrient().toString()).isEqualTo("landscape");
        }
    }

    @Test
    void theDecisionIssuingThePlanHasItsThreeArticles() throws IOException {
        long plan = demoPlan();
        byte[] bytes = download("pc_demo_xa_dieuphoi", "/api/v1/plans/" + plan + "/document?format=pdf&kind=decision");
        saveForReview("decision.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(flat(text(pdf, 1, 1))).contains("QUYẾT ĐỊNH", "Số: /QĐ-UBND",
                    "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUẢNG KHÊ", "Căn cứ Kế hoạch số 428/KH-UBND", "QUYẾT ĐỊNH:",
                    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2026.",
                    "Điều 2.", "Điều 3.", "- Như Điều 3;", "Mai Văn Tùng");
        }
    }

    @Test
    void aReportDownloadsWithItsFiguresAndNarrative() throws IOException {
        HttpApi coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long commune = jdbc.sql("SELECT id FROM organization WHERE code = '24631' AND valid_to IS NULL").query(Long.class).single();
        var opened = coordinator.post("/api/v1/reports", Map.of("organizationId", commune, "period", "2026-M09"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long report = opened.json().path("report").path("id").asLong();
        byte[] bytes = download("pc_demo_xa_dieuphoi", "/api/v1/reports/" + report + "/document?format=pdf");
        saveForReview("report.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(flat(text(pdf, 1, pdf.getNumberOfPages()))).contains("BÁO CÁO",
                    "Kết quả công tác thông tin, tuyên truyền cải cách hành chính tháng 09/2026",
                    "(Số liệu từ ngày 15/08/2026 đến ngày 14/09/2026)", "I. KẾT QUẢ THỰC HIỆN", "1. Số liệu tổng hợp",
                    "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:");
        }
        byte[] docx = download("pc_demo_xa_dieuphoi", "/api/v1/reports/" + report + "/document?format=docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BÁO CÁO");
        }
    }

    @Test
    void aReportCountsTheProceduresThatChangedInItsPeriodAtItsLevel() throws IOException {
        // The province publishes two procedures with effect on 1 October 2026: one for communes, one for the province.
        HttpApi province = HttpApi.withToken(port, "pc_demo_tinh_dieuphoi");
        var decision = province.post("/api/v1/procedure-catalogs/68/decisions", Map.of("number", "2025/QĐ-UBND",
                "signedOn", "2026-09-25", "effectiveOn", "2026-10-01", "issuer", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"));
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        long decisionId = decision.json().path("id").asLong();
        List<Map<String, Object>> procedures = new ArrayList<>();
        for (var level : List.of("COMMUNE", "PROVINCE")) {
            procedures.add(Map.of("code", "COMMUNE".equals(level) ? "2.000931.000.00.00.H36" : "2.000932.000.00.00.H36",
                    "name", "Thủ tục thử nghiệm báo cáo kỳ " + level.toLowerCase(java.util.Locale.ROOT),
                    "field", "Thử nghiệm", "levels", List.of(level), "onlineLevel", "NONE"));
        }
        var published = province.post("/api/v1/procedure-decisions/" + decisionId + "/procedures", procedures);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        HttpApi coordinator = HttpApi.withToken(port, "pc_demo_xa_dieuphoi");
        long commune = jdbc.sql("SELECT id FROM organization WHERE code = '24631' AND valid_to IS NULL").query(Long.class).single();
        var opened = coordinator.post("/api/v1/reports", Map.of("organizationId", commune, "period", "2026-M10"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long report = opened.json().path("report").path("id").asLong();
        var figures = coordinator.get("/api/v1/reports/" + report).json().path("figures").path("procedures");
        assertThat(figures.path("level").asString()).isEqualTo("COMMUNE");
        assertThat(figures.path("published").asLong()).as("only the commune's procedure").isEqualTo(1);
        byte[] bytes = download("pc_demo_xa_dieuphoi", "/api/v1/reports/" + report + "/document?format=pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(flat(text(pdf, 1, pdf.getNumberOfPages()))).contains("Thủ tục hành chính áp dụng tại cấp xã có hiệu lực "
                    + "trong kỳ theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh: công bố mới 1; sửa đổi, bổ sung 0; "
                    + "thay thế 0; bãi bỏ 0.");
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(
                download("pc_demo_xa_dieuphoi", "/api/v1/reports/" + report + "/export")))) {
            var rows = new ArrayList<String>();
            workbook.getSheetAt(0).forEach(row -> rows.add(row.getCell(0) + "=" + row.getCell(1)));
            assertThat(rows).contains("Thủ tục hành chính công bố mới=1.0", "Thủ tục hành chính bãi bỏ=0.0");
        }
        var browser = HttpApi.browser(port);
        assertThat(browser.signIn("xa.dieuphoi", "ParComms@2026").status()).isIn(200, 302);
        assertThat(browser.get("/reports/" + report).body()).contains("data-testid=\"figure-procedures\"",
                "Thủ tục hành chính cấp xã có hiệu lực trong kỳ", "Công bố mới 1; sửa đổi, bổ sung 0; thay thế 0; bãi bỏ 0");
        // The month before holds none of them.
        var before = coordinator.post("/api/v1/reports", Map.of("organizationId", commune, "period", "2026-M08"));
        long earlier = before.json().path("report").path("id").asLong();
        var earlierView = coordinator.get("/api/v1/reports/" + earlier).json();
        assertThat(earlierView.path("figures").path("procedures").path("published").asLong()).isZero();

        // A report frozen before procedures were counted carries none: it is not shown as changed since, and its
        // document has no line about them.
        var oldFigures = (tools.jackson.databind.node.ObjectNode) earlierView.path("figures");
        oldFigures.remove("procedures");
        jdbc.sql("UPDATE periodic_report SET status = 'SUBMITTED', figures = CAST(:f AS jsonb), figures_at = now() WHERE id = :id")
                .param("f", oldFigures.toString()).param("id", earlier).update();
        var frozen = coordinator.get("/api/v1/reports/" + earlier).json();
        assertThat(frozen.path("frozen").asBoolean()).isTrue();
        assertThat(frozen.path("changedSince").asBoolean()).isFalse();
        assertThat(frozen.path("figures").path("procedures").isNull() || frozen.path("figures").path("procedures").isMissingNode())
                .isTrue();
        try (PDDocument pdf = Loader.loadPDF(download("pc_demo_xa_dieuphoi", "/api/v1/reports/" + earlier + "/document?format=pdf"))) {
            assertThat(flat(text(pdf, 1, pdf.getNumberOfPages()))).contains("Nhiệm vụ đến hạn trong kỳ")
                    .doesNotContain("Thủ tục hành chính áp dụng");
        }
    }

    @Test
    void badRequestsGetFieldMessagesAndStrangersGetNothing() {
        long plan = demoPlan();
        var api = HttpApi.withToken(port, "pc_demo_xa_canbo");
        var format = api.get("/api/v1/plans/" + plan + "/document?format=xls");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body()).contains("format", "không được hỗ trợ: chọn docx hoặc pdf");
        var kind = api.get("/api/v1/plans/" + plan + "/document?format=pdf&kind=memo");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("kind");
        assertThat(api.get("/api/v1/plans/999999/document?format=pdf").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/999999/document?format=pdf").status()).isEqualTo(404);
        assertThat(HttpApi.anonymous(port).get("/api/v1/plans/" + plan + "/document?format=pdf").status()).isEqualTo(401);
        // Issued plans are public to every signed-in user; a draft is not, in any form.
        long draft = bigDraftPlan();
        var stranger = HttpApi.withToken(port, testAccounts.tokenFor(testAccounts.create("01", Role.STAFF)));
        assertThat(stranger.get("/api/v1/plans/" + draft + "/document?format=pdf").status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/plans/" + draft + "/document?format=docx&kind=decision").status()).isEqualTo(403);
        assertThat(api.get("/plans/" + draft + "/document.pdf").status()).isEqualTo(403);
    }

    private static final String LONG_NAME = "Trung tâm Truyền thông, Thông tin cơ sở và Chuyển đổi số phục vụ người dân,"
            + " doanh nghiệp trên địa bàn tỉnh Lâm Đồng (đơn vị sự nghiệp công lập trực thuộc Sở Văn hóa, Thể thao và Du lịch)";
    private static final String HUGE_TITLE = "Nhiệm vụ rất dài";
    private static final String HUGE_DESCRIPTION = "Nội dung: " + "tuyên truyền, phổ biến các văn bản quy phạm pháp luật về cải cách"
            + " hành chính tới từng thôn, bản, tổ dân phố; ".repeat(40) + "hết nhiệm vụ.";
    private static Long bigDraft;

    /** A draft province plan with 200 tasks led by bodies with very long names, one task longer than a page. */
    private synchronized long bigDraftPlan() { // once per test run: the tests share one database
        if (bigDraft != null) {
            return bigDraft;
        }
        HttpApi province = HttpApi.withToken(port, "pc_demo_tinh_dieuphoi");
        long provinceId = jdbc.sql("SELECT id FROM organization WHERE code = '68' AND valid_to IS NULL").query(Long.class).single();
        List<Long> leads = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            var created = province.post("/api/v1/organizations", Map.of("parentId", provinceId, "code", "68.DOCS" + i,
                    "name", LONG_NAME + " số " + i, "kind", "CENTER", "validFrom", "2025-07-01"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            leads.add(created.json().path("id").asLong());
        }
        var plan = new java.util.HashMap<String, Object>();
        plan.put("issuerId", provinceId);
        plan.put("year", 2026);
        plan.put("title", "Kế hoạch thử văn bản dài");
        plan.put("documentNumber", "900/KH-UBND");
        plan.put("issueDate", "2026-03-01");
        plan.put("place", "Lâm Đồng");
        plan.put("signerName", "Nguyễn Văn Ký");
        plan.put("signerTitle", "PHÓ CHỦ TỊCH");
        plan.put("signingAuthority", "KT. CHỦ TỊCH");
        plan.put("purposes", "Nâng cao nhận thức về CCHC.");
        plan.put("version", 0);
        var created = province.post("/api/v1/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        for (int i = 1; i <= 200; i++) {
            var task = new java.util.HashMap<String, Object>();
            task.put("number", String.valueOf(i));
            task.put("title", i == 150 ? HUGE_TITLE : "Nhiệm vụ tuyên truyền số " + i + " về cải cách hành chính");
            if (i == 150) {
                task.put("description", HUGE_DESCRIPTION);
            }
            task.put("leadId", leads.get(i % 3));
            task.put("coordinatorIds", List.of(leads.get((i + 1) % 3), leads.get((i + 2) % 3)));
            task.put("timing", "Hằng quý");
            task.put("version", 0);
            var added = province.post("/api/v1/plans/" + id + "/tasks", Map.of("task", task));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        bigDraft = id;
        return id;
    }

    @Test
    void twoHundredTasksWithLongBodyNamesSplitAcrossPagesUnderARepeatedHeader() throws IOException {
        long plan = bigDraftPlan();
        HttpApi province = HttpApi.withToken(port, "pc_demo_tinh_dieuphoi");
        byte[] bytes = download("pc_demo_tinh_dieuphoi", "/api/v1/plans/" + plan + "/document?format=pdf");
        saveForReview("plan-200.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int landscape = 0;
            int hugeStarts = -1;
            int hugeEnds = -1;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDPage p = pdf.getPage(page - 1);
                if (p.getMediaBox().getWidth() < p.getMediaBox().getHeight()) {
                    continue;
                }
                landscape++;
                String text = flat(text(pdf, page, page));
                assertThat(text).as("page %d repeats the header", page)
                        .contains("STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện Sản phẩm");
                if (text.contains("Nội dung: tuyên truyền") && hugeStarts < 0) {
                    hugeStarts = page;
                }
                if (text.contains("hết nhiệm vụ.")) {
                    hugeEnds = page;
                }
            }
            assertThat(landscape).isGreaterThan(10);
            assertThat(hugeEnds).as("the longest row is split across pages").isGreaterThan(hugeStarts);
            String column = column(pdf, 0.05f, 0.40f);
            int at = 0;
            for (int i = 1; i <= 200; i++) {
                String title = i == 150 ? HUGE_TITLE : "Nhiệm vụ tuyên truyền số " + i + " về cải cách hành chính";
                int found = column.indexOf(title, at);
                assertThat(found).as("task %d", i).isGreaterThanOrEqualTo(0);
                at = found;
            }
            assertThat(flat(text(pdf, 1, pdf.getNumberOfPages()))).contains(flat(LONG_NAME));
        }
        byte[] docxBytes = download("pc_demo_tinh_dieuphoi", "/api/v1/plans/" + plan + "/document?format=docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            XWPFTable appendix = docx.getTables().getLast();
            assertThat(appendix.getNumberOfRows()).isEqualTo(201);
            assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
            assertThat(appendix.getRow(150).isCantSplitRow()).isFalse();
            assertThat(appendix.getRow(150).getCell(1).getText()).startsWith(HUGE_TITLE).endsWith("hết nhiệm vụ.");
            assertThat(appendix.getRow(1).getCell(2).getText()).startsWith(LONG_NAME);
        }
        assertThat(province.get("/api/v1/plans/" + plan).status()).isEqualTo(200);
    }

    @Test
    void theFirstPageLooksLikeTheReviewedReference() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean hasPdftoppm = Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
        if (ci) {
            assertThat(hasPdftoppm).as("pdftoppm (poppler-utils) is required when CI=true").isTrue();
        }
        assumeTrue(hasPdftoppm, "pdftoppm not installed");
        byte[] bytes = download("pc_demo_xa_canbo", "/api/v1/plans/" + demoPlan() + "/document?format=pdf");
        BufferedImage page = PageImages.firstPage(bytes);
        saveForReview("plan-page1.png", PageImages.png(page));
        BufferedImage reference = ImageIO.read(getClass().getResourceAsStream("/documents/plan-page1.png"));
        assertThat(PageImages.difference(page, reference)).as("share of differing pixels").isLessThan(0.01);
    }

    private static void saveForReview(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
