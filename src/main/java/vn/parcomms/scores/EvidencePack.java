package vn.parcomms.scores;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.parcomms.activities.Activity;
import vn.parcomms.activities.ActivityFilter;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.ActivityStatus;
import vn.parcomms.activities.EvidenceFile;
import vn.parcomms.organizations.Organization;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.reports.PeriodicReport;
import vn.parcomms.reports.ReportFigures;
import vn.parcomms.reports.ReportManagement;

/**
 * The evidence pack of a body's score: a ZIP, one folder per criterion, with the plans, the year's
 * reports, an XLSX index of the accepted activities with their links, and their evidence files.
 * Written straight to the response; every evidence file read goes through the activities module,
 * which checks the reader and records the download.
 */
@Component
class EvidencePack {

    static final String COMPLETION = "1-hoan-thanh-ke-hoach/";
    static final String DIVERSITY = "2-da-dang-hinh-thuc/";

    private final PlanManagement plans;
    private final ReportManagement reports;
    private final ActivityManagement activities;
    private final Vocabularies vocabularies;

    EvidencePack(PlanManagement plans, ReportManagement reports, ActivityManagement activities, Vocabularies vocabularies) {
        this.plans = plans;
        this.reports = reports;
        this.activities = activities;
        this.vocabularies = vocabularies;
    }

    void write(Organization body, int year, Score score, List<Plan> issued, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            text(zip, "doc-truoc.html", page("Hồ sơ minh chứng " + body.name() + " năm " + year, summary(score)));
            for (Plan plan : issued) {
                text(zip, COMPLETION + "ke-hoach-" + safe(plan.documentNumber() == null ? "so-" + plan.id() : plan.documentNumber())
                        + ".html", page(plan.title(), plan(plan)));
            }
            for (PeriodicReport report : reports.list(null, null)) {
                if (report.organizationId() == body.id() && report.periodKey().startsWith(Integer.toString(year))) {
                    text(zip, COMPLETION + "bao-cao-" + report.periodKey() + ".html",
                            page("Báo cáo " + report.periodKey() + " — " + report.organizationName(), report(report)));
                }
            }
            List<Activity> accepted = new ArrayList<>();
            for (int offset = 0; ; offset += 1000) {
                List<Activity> page = activities.list(new ActivityFilter(ActivityStatus.ACCEPTED, null,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), body.id(), null), offset, 1000);
                accepted.addAll(page);
                if (page.size() < 1000) {
                    break;
                }
            }
            accepted.removeIf(a -> a.startDate().getYear() != year);
            List<List<EvidenceFile>> files = new ArrayList<>();
            for (Activity activity : accepted) {
                files.add(activities.evidence(activity.id()).files());
            }
            zip.putNextEntry(new ZipEntry(DIVERSITY + "danh-muc-hoat-dong.xlsx"));
            index(accepted, files, zip);
            zip.closeEntry();
            for (int i = 0; i < accepted.size(); i++) {
                for (EvidenceFile file : files.get(i)) {
                    var download = activities.download(accepted.get(i).id(), file.id(), false);
                    zip.putNextEntry(new ZipEntry(DIVERSITY + "minh-chung/" + accepted.get(i).id() + "-" + safe(file.name())));
                    Files.copy(download.path(), zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private void index(List<Activity> accepted, List<List<EvidenceFile>> files, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Hoạt động");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Map<String, String> groups = new HashMap<>();
            vocabularies.all(vn.parcomms.plans.Term.Vocabulary.CHANNEL).forEach(t -> groups.put(t.code(), t.groupCode()));
            String[] header = {"Số", "Ngày", "Đơn vị", "Hình thức", "Nhóm hình thức", "Tiêu đề", "Liên kết", "Lượt xem",
                "Người nghe", "Người tham dự", "Tệp minh chứng"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int i = 0; i < accepted.size(); i++) {
                Activity a = accepted.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(a.id());
                row.createCell(1).setCellValue(a.startDate());
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(nfc(a.organizationName()));
                row.createCell(3).setCellValue(nfc(vocabularies.label("CHANNEL", a.channel())));
                String group = groups.getOrDefault(a.channel(), "");
                row.createCell(4).setCellValue("ONLINE".equals(group) ? "Trực tuyến" : "TRADITIONAL".equals(group) ? "Truyền thống" : "");
                row.createCell(5).setCellValue(nfc(a.title()));
                row.createCell(6).setCellValue(String.join("\n", a.links()));
                if (a.reach().views() != null) {
                    row.createCell(7).setCellValue(a.reach().views());
                }
                if (a.reach().listeners() != null) {
                    row.createCell(8).setCellValue(a.reach().listeners());
                }
                if (a.reach().participants() != null) {
                    row.createCell(9).setCellValue(a.reach().participants());
                }
                row.createCell(10).setCellValue(nfc(String.join("; ", files.get(i).stream()
                        .map(f -> "minh-chung/" + a.id() + "-" + safe(f.name())).toList())));
            }
            // Written aside first: the workbook must not close the ZIP stream it goes into.
            var bytes = new java.io.ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            bytes.writeTo(out);
        }
    }

    private String summary(Score score) {
        StringBuilder html = new StringBuilder("<p>Tổng điểm: <strong>").append(ScoreManagement.number(score.points()))
                .append("/").append(ScoreManagement.number(score.maxPoints())).append("</strong></p><ol>");
        for (Score.Criterion c : score.criteria()) {
            html.append("<li><strong>").append(esc(label(c.code()))).append("</strong>: ").append(esc(c.explanation()))
                    .append(" Minh chứng: thư mục <code>")
                    .append("PLAN_COMPLETION".equals(c.code()) ? COMPLETION : DIVERSITY).append("</code>.</li>");
        }
        return html.append("</ol>").toString();
    }

    static String label(String code) {
        return "PLAN_COMPLETION".equals(code) ? "Mức độ hoàn thành kế hoạch" : "Đa dạng hình thức tuyên truyền";
    }

    private String plan(Plan plan) {
        StringBuilder html = new StringBuilder("<p>Số: ").append(esc(plan.documentNumber())).append(" — ")
                .append(esc(plan.issuerName())).append(", ngày ban hành ").append(plan.issueDate()).append("</p>");
        html.append("<table border=\"1\" cellpadding=\"4\"><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>");
        for (PlanTask task : plans.tasks(plan.id())) {
            html.append("<tr><td>").append(esc(task.number())).append("</td><td>").append(esc(task.title()))
                    .append("</td><td>").append(esc(task.leadName())).append("</td><td>").append(esc(task.scheduleText()))
                    .append("</td></tr>");
        }
        var progress = activities.progress(plan.id());
        return html.append("</table><p>Tiến độ: ").append(progress.done()).append("/").append(progress.total())
                .append(" lượt nhiệm vụ hoàn thành (").append(progress.percent()).append("%).</p>").toString();
    }

    private String report(PeriodicReport report) {
        ReportFigures f = reports.view(report.id()).figures();
        return "<p>Trạng thái: " + esc(report.status().name()) + ", số liệu từ " + report.dataFrom() + " đến "
                + report.dataTo() + "</p><h2>Kết quả thực hiện</h2><p>" + esc(report.results())
                + "</p><h2>Tồn tại, hạn chế</h2><p>" + esc(report.shortcomings()) + "</p><h2>Đề xuất</h2><p>"
                + esc(report.proposals()) + "</p><h2>Số liệu</h2><p>" + f.activities() + " hoạt động đã duyệt; "
                + f.occurrencesDue() + " lượt nhiệm vụ đến hạn, " + (f.occurrencesDone() + f.occurrencesDoneLate())
                + " hoàn thành.</p>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title></head><body><h1>"
                + esc(title) + "</h1>" + body + "</body></html>";
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(nfc(content).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A file name safe in any archive tool: no path, no control or reserved characters. */
    static String safe(String name) {
        String clean = nfc(name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return clean.isEmpty() ? "tep" : clean.length() > 120 ? clean.substring(clean.length() - 120) : clean;
    }
}
