package vn.parcomms.activities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file as rows of text, streaming (SAX) so that tens of thousands
 * of rows need neither the full workbook model nor much memory. Numbers come as plain digits and
 * date-formatted cells as ISO dates ({@code 2026-11-15}), whatever the cell's display format.
 */
final class SheetRows {

    /** What went wrong with the file as a whole. */
    enum Failure { NOT_XLSX, UNREADABLE, EMPTY, TOO_MANY_ROWS }

    static final class Unreadable extends Exception {
        private final Failure failure;

        Unreadable(Failure failure, Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    /**
     * One non-empty row.
     *
     * @param number the row number as the spreadsheet shows it (1 = first row)
     * @param cells cell texts by column index; {@code null} for empty cells
     */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /**
     * @param header the first non-empty row
     * @param rows the data rows after it
     */
    record Content(Row header, List<Row> rows) {
    }

    private SheetRows() {
    }

    /** Whether the bytes start like a ZIP package (an XLSX is one): the check is on content, not the file name. */
    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * Reads the first sheet; stops as soon as there are more than {@code maxRows} data rows.
     *
     * @throws Unreadable when the content is no XLSX, is damaged (e.g. cut off during upload), has no
     *         header row, or has too many rows
     */
    static Content read(byte[] content, int maxRows) throws Unreadable {
        if (!looksLikeZip(content)) {
            throw new Unreadable(Failure.NOT_XLSX, null);
        }
        var collector = new Collector(maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            if (!isWorkbook(pkg)) {
                throw new Unreadable(Failure.NOT_XLSX, null);
            }
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(Failure.EMPTY, null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw new Unreadable(Failure.TOO_MANY_ROWS, null);
        } catch (NotOfficeXmlFileException e) {
            // A ZIP archive, but no Office document.
            throw new Unreadable(Failure.NOT_XLSX, e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports damaged packages with a variety of runtime exceptions (POIXMLException, RecordFormatException…).
            throw new Unreadable(Failure.UNREADABLE, e);
        }
        if (collector.header == null) {
            throw new Unreadable(Failure.EMPTY, null);
        }
        return new Content(collector.header, collector.rows);
    }

    /** Whether the package's main part is a workbook (a Word or PowerPoint file is a package too). */
    private static boolean isWorkbook(OPCPackage pkg) throws InvalidFormatException {
        var relations = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relations.size() == 0) {
            return false;
        }
        PackagePart main = pkg.getPart(relations.getRelationship(0));
        return main != null && main.getContentType().contains("spreadsheetml")
                || main != null && main.getContentType().startsWith("application/vnd.ms-excel.sheet");
    }

    /** Raised inside the SAX parse to stop reading a file that is over the limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private Row header;
        private List<String> cells;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null)) {
                return;
            }
            Row row = new Row(rowNum + 1, cells);
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value == null || value.isBlank() ? null : value);
        }
    }

    /**
     * Formats numbers so that the importer sees values, not a display: digits without grouping for
     * numbers, ISO for date-formatted cells (Excel stores dates as day numbers).
     */
    private static final class PlainFormatter extends DataFormatter {

        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
