package vn.parcomms.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.reports.PeriodicReport;
import vn.parcomms.reports.ReportFigures;
import vn.parcomms.reports.ReportView;
import vn.parcomms.reports.ReportingCalendar;
import vn.parcomms.reports.Rollup;

/** A report as an XLSX workbook: the report with its figures, and the bodies reporting to it. */
@Component
class ReportWorkbook {

    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final ReportingCalendar calendar;

    ReportWorkbook(Vocabularies vocabularies, MessageSource messages, ReportingCalendar calendar) {
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.calendar = calendar;
    }

    byte[] write(ReportView view, Locale locale) {
        PeriodicReport report = view.report();
        ReportFigures f = view.figures();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet sheet = workbook.createSheet(text("report.xlsx.sheet", locale));
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            int[] r = {0};
            Row title = sheet.createRow(r[0]++);
            title.createCell(0).setCellValue(nfc(text("report.heading", locale,
                    calendar.period(report.periodKey()).label(locale), report.organizationName())));
            title.getCell(0).setCellStyle(bold);
            r[0]++;
            pair(sheet, r, text("activity.organization", locale), report.organizationName(), null);
            pair(sheet, r, text("reports.recipient", locale), report.recipientName() == null ? "—" : report.recipientName(), null);
            Row from = pair(sheet, r, text("report.xlsx.from", locale), null, null);
            from.createCell(1).setCellValue(report.dataFrom());
            from.getCell(1).setCellStyle(date);
            Row to = pair(sheet, r, text("report.xlsx.to", locale), null, null);
            to.createCell(1).setCellValue(report.dataTo());
            to.getCell(1).setCellStyle(date);
            Row due = pair(sheet, r, text("reports.due", locale), null, null);
            due.createCell(1).setCellValue(report.dueDate());
            due.getCell(1).setCellStyle(date);
            pair(sheet, r, text("activity.status", locale), text("report.status." + report.status(), locale), null);
            if (report.submittedAt() != null) {
                Row submitted = pair(sheet, r, text("report.xlsx.submitted", locale), null, null);
                submitted.createCell(1).setCellValue(report.submittedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime());
                CellStyle dateTime = workbook.createCellStyle();
                dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
                submitted.getCell(1).setCellStyle(dateTime);
            }
            r[0]++;
            heading(sheet, r, text("report.narrative", locale), bold);
            pair(sheet, r, text("report.results", locale), report.results(), wrap);
            pair(sheet, r, text("report.shortcomings", locale), report.shortcomings(), wrap);
            pair(sheet, r, text("report.proposals", locale), report.proposals(), wrap);
            r[0]++;
            heading(sheet, r, text("report.figures", locale), bold);
            number(sheet, r, text("report.figures.activities", locale), f.activities());
            number(sheet, r, text("report.xlsx.pending", locale), f.pending());
            number(sheet, r, text("report.xlsx.due", locale), f.occurrencesDue());
            number(sheet, r, text("report.xlsx.done", locale), f.occurrencesDone());
            number(sheet, r, text("report.xlsx.done-late", locale), f.occurrencesDoneLate());
            number(sheet, r, text("report.xlsx.overdue", locale), f.occurrencesOverdue());
            if (f.procedures() != null) {
                var p = f.procedures();
                number(sheet, r, text("report.xlsx.procedures-published", locale), p.published());
                number(sheet, r, text("report.xlsx.procedures-amended", locale), p.amended());
                number(sheet, r, text("report.xlsx.procedures-replaced", locale), p.replaced());
                number(sheet, r, text("report.xlsx.procedures-abolished", locale), p.abolished());
            }
            for (String key : ReportFigures.REACH) {
                number(sheet, r, text("activity.reach." + key, locale), f.reach().getOrDefault(key, 0L));
            }
            breakdown(sheet, r, text("report.figures.byChannel", locale), "CHANNEL", f.byChannel(), bold, locale);
            breakdown(sheet, r, text("report.figures.byDeliverable", locale), "DELIVERABLE", f.byDeliverable(), bold, locale);
            breakdown(sheet, r, text("report.figures.byTopic", locale), "TOPIC", f.byTopic(), bold, locale);
            breakdown(sheet, r, text("report.figures.byAudience", locale), "AUDIENCE", f.byAudience(), bold, locale);

            Sheet bodies = workbook.createSheet(text("report.xlsx.bodies", locale));
            bodies.setColumnWidth(0, 45 * 256);
            bodies.setColumnWidth(1, 22 * 256);
            bodies.setColumnWidth(2, 14 * 256);
            bodies.setColumnWidth(3, 14 * 256);
            bodies.setColumnWidth(4, 16 * 256);
            Row header = bodies.createRow(0);
            String[] columns = {text("activity.organization", locale), text("activity.status", locale),
                    text("reports.due", locale), text("report.xlsx.on-time", locale), text("report.figures.activities", locale)};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(nfc(columns[i]));
                header.getCell(i).setCellStyle(bold);
            }
            int row = 1;
            for (Rollup.Subordinate s : view.rollup().subordinates()) {
                Row line = bodies.createRow(row++);
                line.createCell(0).setCellValue(nfc(s.name()));
                line.createCell(1).setCellValue(nfc(text(s.status() == null ? "report.status.NONE" : "report.status." + s.status(), locale)));
                line.createCell(2).setCellValue(s.dueDate());
                line.getCell(2).setCellStyle(date);
                line.createCell(3).setCellValue(s.status() != null && s.status().sent()
                        ? nfc(text(s.onTime() ? "report.on-time" : "report.late", locale)) : "");
                if (s.figures() != null) {
                    line.createCell(4).setCellValue(s.figures().activities());
                }
            }
            bodies.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void breakdown(Sheet sheet, int[] r, String title, String vocabulary, Map<String, Long> values, CellStyle bold,
            Locale locale) {
        r[0]++;
        heading(sheet, r, title, bold);
        if (values.isEmpty()) {
            pair(sheet, r, text("report.figures.none", locale), null, null);
        }
        values.forEach((code, count) -> number(sheet, r,
                code.isEmpty() ? text("report.figures.unspecified", locale) : vocabularies.label(vocabulary, code), count));
    }

    private static void heading(Sheet sheet, int[] r, String text, CellStyle bold) {
        Row row = sheet.createRow(r[0]++);
        row.createCell(0).setCellValue(nfc(text));
        row.getCell(0).setCellStyle(bold);
    }

    private static Row pair(Sheet sheet, int[] r, String label, String value, CellStyle style) {
        Row row = sheet.createRow(r[0]++);
        row.createCell(0).setCellValue(nfc(label));
        if (value != null) {
            row.createCell(1).setCellValue(nfc(value));
            if (style != null) {
                row.getCell(1).setCellStyle(style);
            }
        }
        return row;
    }

    private static void number(Sheet sheet, int[] r, String label, long value) {
        Row row = sheet.createRow(r[0]++);
        row.createCell(0).setCellValue(nfc(label));
        row.createCell(1).setCellValue(value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
