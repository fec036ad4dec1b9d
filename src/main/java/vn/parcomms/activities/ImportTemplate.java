package vn.parcomms.activities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.parcomms.organizations.Organization;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Term.Vocabulary;

/**
 * Writes the XLSX template: the activity sheet with the expected headers and pick lists, the lists
 * themselves (vocabularies and the body's task occurrences) and short instructions. Like the headers,
 * its text is Vietnamese: it is a form that offices fill in.
 */
@Component
class ImportTemplate {

    static final String ACTIVITY_SHEET = "Hoạt động";
    static final String LIST_SHEET = "Danh mục";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ImportSettings settings;

    ImportTemplate(ImportSettings settings) {
        this.settings = settings;
    }

    byte[] write(Organization body, ImportCatalog catalog) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            Sheet activities = workbook.createSheet(ACTIVITY_SHEET);
            Sheet lists = workbook.createSheet(LIST_SHEET);
            Sheet help = workbook.createSheet("Hướng dẫn");
            writeHeader(activities, styles);
            int[] sizes = writeLists(lists, catalog, styles);
            addPickLists(activities, sizes);
            writeHelp(help, body, styles);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void writeHeader(Sheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        for (ImportColumn column : ImportColumn.values()) {
            var cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header() + (column.required() ? " *" : ""));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            if (column == ImportColumn.START_DATE || column == ImportColumn.END_DATE) {
                sheet.setDefaultColumnStyle(column.ordinal(), styles.date);
            } else if (column == ImportColumn.OCCURRENCE) {
                // Text, so that a task number like 1.10 is not turned into the number 1.1.
                sheet.setDefaultColumnStyle(column.ordinal(), styles.text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes the pick lists side by side; returns how many entries each has. */
    private static int[] writeLists(Sheet sheet, ImportCatalog catalog, Styles styles) {
        List<List<String>> columns = List.of(
                labels(catalog.active(Vocabulary.CHANNEL)), labels(catalog.active(Vocabulary.DELIVERABLE)),
                labels(catalog.active(Vocabulary.TOPIC)), labels(catalog.active(Vocabulary.AUDIENCE)),
                catalog.choices().stream().map(ImportCatalog.Choice::reference).toList(),
                catalog.choices().stream().map(c -> c.item().taskTitle()).toList(),
                catalog.choices().stream().map(c -> DAY.format(c.item().dueDate())).toList(),
                catalog.choices().stream().map(c -> c.item().planNumber() + " — " + c.item().issuerName()).toList());
        List<String> headers = List.of(ImportColumn.CHANNEL.header(), ImportColumn.DELIVERABLE.header(),
                ImportColumn.TOPICS.header(), ImportColumn.AUDIENCES.header(), ImportColumn.OCCURRENCE.header(),
                "Nhiệm vụ", "Hạn hoàn thành", "Kế hoạch");
        int[] widths = {60, 40, 60, 50, 24, 70, 16, 40};
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return columns.stream().mapToInt(List::size).toArray();
    }

    /**
     * Drop-downs on the activity sheet. Typing a code or a label in other letters stays allowed
     * (the import matches case- and diacritics-insensitively), so the list does not block input.
     */
    private void addPickLists(Sheet sheet, int[] sizes) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        pickList(sheet, helper, ImportColumn.CHANNEL, "A", sizes[0]);
        pickList(sheet, helper, ImportColumn.DELIVERABLE, "B", sizes[1]);
        pickList(sheet, helper, ImportColumn.OCCURRENCE, "E", sizes[4]);
    }

    private void pickList(Sheet sheet, DataValidationHelper helper, ImportColumn column, String listColumn, int size) {
        if (size == 0) {
            return;
        }
        String range = "'" + LIST_SHEET + "'!$" + listColumn + "$2:$" + listColumn + "$" + (size + 1);
        var constraint = helper.createFormulaListConstraint(range);
        var cells = new CellRangeAddressList(1, Math.min(settings.maxRows(), 1_048_574), column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowErrorBox(false);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private void writeHelp(Sheet sheet, Organization body, Styles styles) {
        String occurrenceColumn = CellReference.convertNumToColString(ImportColumn.OCCURRENCE.ordinal());
        List<String> lines = List.of(
                "Mẫu nhập hoạt động — " + body.name(),
                "Mỗi dòng của trang \"" + ACTIVITY_SHEET + "\" là một hoạt động; giữ nguyên dòng tiêu đề. Cột có dấu * là bắt buộc.",
                "Mã nhiệm vụ/kỳ (cột " + occurrenceColumn + "): chọn trong danh sách (trang \"" + LIST_SHEET
                        + "\", cột E), ví dụ \"1.2 – 2026-Q4\"; để trống nếu hoạt động ngoài kế hoạch.",
                "Ngày: ô kiểu ngày của Excel, hoặc gõ dd/mm/yyyy (ví dụ 15/11/2026). Ngày kết thúc để trống nếu chỉ một ngày.",
                "Kênh, Loại sản phẩm: chọn trong danh sách, hoặc gõ đúng tên (không phân biệt hoa thường, có dấu hay không) hoặc mã.",
                "Chủ đề, Đối tượng: có thể nhiều mục, cách nhau bằng dấu chấm phẩy (;).",
                "Liên kết: có thể nhiều đường dẫn http(s)://, cách nhau bằng dấu cách hoặc dấu chấm phẩy.",
                "Số liệu (lượt xem, người nghe…): số nguyên không âm.",
                "Tối đa " + settings.maxRows() + " dòng mỗi tệp. Tệp có lỗi sẽ không được nhập dòng nào: hệ thống liệt kê lỗi theo dòng và cột để sửa.",
                "Tải lên lại cùng một tệp sẽ không tạo hoạt động trùng.");
        for (int i = 0; i < lines.size(); i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            if (i == 0) {
                cell.setCellStyle(styles.header);
            }
        }
        sheet.setColumnWidth(0, 140 * 256);
    }

    private static List<String> labels(List<Term> terms) {
        return terms.stream().map(Term::labelVi).toList();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }
    }
}
