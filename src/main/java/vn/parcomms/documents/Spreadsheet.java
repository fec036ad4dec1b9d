package vn.parcomms.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parcomms.shared.Texts;

/**
 * One table as an XLSX sheet the way people expect to receive it: Vietnamese headers in bold on a
 * frozen first row with filters, dates as dates (dd/MM/yyyy), numbers as numbers, text wrapped, and
 * column widths fitted to the longest value (within bounds). Streams rows, so long lists stay cheap.
 */
public final class Spreadsheet {

    private static final int MAX_WIDTH = 60;

    private Spreadsheet() {
    }

    /** Cells may be {@link String}, {@link Number}, {@link LocalDate} or {@code null}. */
    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(Texts.nfc(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            number.setVerticalAlignment(VerticalAlignment.TOP);

            int[] widths = new int[headers.size()];
            Row top = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                var cell = top.createCell(c);
                cell.setCellValue(Texts.nfc(headers.get(c)));
                cell.setCellStyle(header);
                widths[c] = Math.max(8, Math.min(MAX_WIDTH, headers.get(c).length() + 2));
            }
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < headers.size() && c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    int length;
                    switch (value) {
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                            length = 10;
                        }
                        case BigDecimal b -> {
                            cell.setCellValue(b.doubleValue());
                            cell.setCellStyle(number);
                            length = b.toPlainString().length() + 2;
                        }
                        case Number n -> {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(number);
                            length = n.toString().length() + 3;
                        }
                        default -> {
                            String s = Texts.nfc(value.toString());
                            cell.setCellValue(s);
                            cell.setCellStyle(text);
                            length = s.lines().mapToInt(String::length).max().orElse(0) + 2;
                        }
                    }
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, length));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
