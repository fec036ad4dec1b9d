package vn.parcomms.procedures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.procedures.ProcedureCatalog.RowProblem;
import vn.parcomms.procedures.ProcedureContent.DossierItem;
import vn.parcomms.procedures.ProcedureContent.Fee;
import vn.parcomms.procedures.ProcedureContent.LegalBasis;
import vn.parcomms.procedures.ProcedureContent.Level;
import vn.parcomms.procedures.ProcedureContent.Method;
import vn.parcomms.procedures.ProcedureContent.MethodKind;
import vn.parcomms.procedures.ProcedureContent.OnlineLevel;
import vn.parcomms.shared.FieldViolation;

/**
 * Procedures as files, in the national database's field layout: XLSX and CSV with one procedure per row
 * and Vietnamese headers (lists one item per line in a cell, an item's parts separated by " | "), or JSON.
 * Reading reports every unreadable cell by row and field; export then import gives the same catalog.
 */
@Component
public class ProcedureFiles {

    public enum Format {
        XLSX, CSV, JSON
    }

    /** The columns, in order: their Vietnamese headers and the content fields they hold. */
    static final String[][] COLUMNS = {
        {"Mã thủ tục", "code"}, {"Tên thủ tục", "name"}, {"Lĩnh vực", "field"}, {"Cấp thực hiện", "levels"},
        {"Cơ quan thực hiện", "implementingBody"}, {"Cơ quan có thẩm quyền", "competentBody"}, {"Đối tượng thực hiện", "subjects"},
        {"Điều kiện thực hiện", "conditions"}, {"Trình tự thực hiện", "steps"},
        {"Cách thức thực hiện (cách thức | thời hạn | phí, lệ phí)", "methods"},
        {"Thành phần hồ sơ (giấy tờ | bản chính | bản sao | mẫu đơn, tờ khai)", "dossier"}, {"Thời hạn giải quyết", "processingTime"},
        {"Phí, lệ phí (nội dung | số tiền (đồng) | căn cứ)", "fees"}, {"Kết quả thực hiện", "result"},
        {"Căn cứ pháp lý (số hiệu | trích yếu | ngày ban hành | cơ quan ban hành)", "legalBases"},
        {"Mức độ dịch vụ công trực tuyến", "onlineLevel"}, {"Đường dẫn trên Cổng Dịch vụ công quốc gia", "portalUrl"},
        {"Từ khóa tìm kiếm", "keywords"}};

    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final String SEP = " | ";

    private final JsonMapper json;

    ProcedureFiles(JsonMapper json) {
        this.json = json;
    }

    /** What a file held: the procedures read, with the first row's number, and every cell that could not be read. */
    public record Read(List<ProcedureContent> procedures, int firstRow, List<RowProblem> problems) {
    }

    // ---- writing

    public byte[] write(List<ProcedureContent> procedures, Format format) {
        return switch (format) {
            case JSON -> json.writerWithDefaultPrettyPrinter().writeValueAsBytes(procedures);
            case CSV -> csv(procedures);
            case XLSX -> xlsx(procedures);
        };
    }

    private static List<String> cells(ProcedureContent c) {
        List<String> cells = new ArrayList<>();
        cells.add(c.code());
        cells.add(c.name());
        cells.add(c.field());
        cells.add(String.join("\n", c.levels().stream().map(ProcedureFiles::level).toList()));
        cells.add(c.implementingBody());
        cells.add(c.competentBody());
        cells.add(String.join("\n", c.subjects()));
        cells.add(c.conditions());
        cells.add(String.join("\n", c.steps()));
        cells.add(String.join("\n", c.methods().stream().map(m -> join(method(m.method()), m.timeLimit(), m.fee())).toList()));
        cells.add(String.join("\n", c.dossier().stream()
                .map(d -> join(d.name(), String.valueOf(d.originals()), String.valueOf(d.copies()), d.form())).toList()));
        cells.add(c.processingTime());
        cells.add(String.join("\n", c.fees().stream().map(f -> join(f.description(), String.valueOf(f.amount()), f.legalBasis())).toList()));
        cells.add(c.result());
        cells.add(String.join("\n", c.legalBases().stream()
                .map(l -> join(l.number(), l.title(), l.date() == null ? null : DATE.format(l.date()), l.issuer())).toList()));
        cells.add(online(c.onlineLevel()));
        cells.add(c.portalUrl());
        cells.add(String.join("\n", c.keywords()));
        return cells;
    }

    private static String join(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p == null ? "" : p.replace("|", "/").replace("\n", " "));
        }
        while (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        return String.join(SEP, out);
    }

    private byte[] xlsx(List<ProcedureContent> procedures) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Thủ tục hành chính");
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row top = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(COLUMNS[i][0]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, i == 1 || i >= 7 && i <= 14 ? 60 * 256 : 22 * 256);
            }
            int r = 1;
            for (ProcedureContent c : procedures) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(c);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
                    cell.setCellStyle(wrap);
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<ProcedureContent> procedures) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (String[] column : COLUMNS) {
            header.add(column[0]);
        }
        csvLine(out, header);
        for (ProcedureContent c : procedures) {
            csvLine(out, cells(c));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    // ---- reading

    /** Reads a file; the format comes from its content (a ZIP is XLSX, a '[' JSON, anything else CSV). */
    public Read read(byte[] content) {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return rows(xlsxRows(content));
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("[")) {
            try {
                List<ProcedureContent> list = json.readValue(text, new TypeReference<List<ProcedureContent>>() { });
                if (list.size() > MAX_ROWS) {
                    return new Read(List.of(), 1, List.of(new RowProblem(MAX_ROWS + 1, null,
                            List.of(FieldViolation.of("file", "procedure.import.too-many", MAX_ROWS)))));
                }
                return new Read(list, 1, List.of());
            } catch (JacksonException e) {
                return new Read(List.of(), 1, List.of(new RowProblem(0, null, List.of(FieldViolation.of("file",
                        "procedure.import.json", e.getOriginalMessage() == null ? "" : e.getOriginalMessage())))));
            }
        }
        return rows(csvRows(text));
    }

    private List<List<String>> xlsxRows(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(content); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS.length; i++) {
                    Cell cell = row == null ? null : row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new vn.parcomms.shared.InvalidInputException("file", "procedure.import.unreadable");
        }
        return rows;
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 1) {
                    return rows;
                }
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private Read rows(List<List<String>> rows) {
        List<ProcedureContent> procedures = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty() || !rows.getFirst().isEmpty() && !rows.getFirst().getFirst().strip().replace("\uFEFF", "")
                .equalsIgnoreCase(COLUMNS[0][0])) {
            problems.add(new RowProblem(1, null, List.of(FieldViolation.of("file", "procedure.import.header", COLUMNS[0][0]))));
            return new Read(List.of(), 2, problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new RowProblem(MAX_ROWS + 2, null, List.of(FieldViolation.of("file", "procedure.import.too-many", MAX_ROWS))));
            return new Read(List.of(), 2, problems);
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            List<FieldViolation> violations = new ArrayList<>();
            ProcedureContent content = parse(cells, violations);
            if (content.code() != null) {
                Integer first = seen.putIfAbsent(content.code(), r + 1);
                if (first != null) {
                    violations.add(FieldViolation.of("code", "procedure.code.duplicate", content.code(), first));
                }
            }
            if (!violations.isEmpty()) {
                problems.add(new RowProblem(r + 1, content.code(), violations));
            }
            procedures.add(content);
        }
        return new Read(procedures, 2, problems);
    }

    private static ProcedureContent parse(List<String> cells, List<FieldViolation> violations) {
        String[] v = new String[COLUMNS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < cells.size() ? cells.get(i) : "";
        }
        List<Level> levels = new ArrayList<>();
        for (String l : lines(v[3])) {
            Level level = level(l);
            if (level == null) {
                violations.add(FieldViolation.of("levels", "procedure.import.level", l));
            } else {
                levels.add(level);
            }
        }
        List<Method> methods = new ArrayList<>();
        for (String line : lines(v[9])) {
            String[] p = parts(line, 3);
            MethodKind kind = method(p[0]);
            if (kind == null) {
                violations.add(FieldViolation.of("methods", "procedure.import.method", p[0]));
            } else {
                methods.add(new Method(kind, p[1], p[2]));
            }
        }
        List<DossierItem> dossier = new ArrayList<>();
        for (String line : lines(v[10])) {
            String[] p = parts(line, 4);
            dossier.add(new DossierItem(p[0], count(p[1], 1, violations), count(p[2], 0, violations), p[3]));
        }
        List<Fee> fees = new ArrayList<>();
        for (String line : lines(v[12])) {
            String[] p = parts(line, 3);
            long amount = 0;
            if (p[1] != null) {
                try {
                    amount = Long.parseLong(p[1].replaceAll("[.\\s]|đồng|đ", ""));
                } catch (NumberFormatException e) {
                    violations.add(FieldViolation.of("fees", "procedure.import.amount", p[1]));
                }
            }
            fees.add(new Fee(p[0], amount, p[2]));
        }
        List<LegalBasis> legal = new ArrayList<>();
        for (String line : lines(v[14])) {
            String[] p = parts(line, 4);
            LocalDate date = null;
            if (p[2] != null) {
                try {
                    date = LocalDate.parse(p[2], DATE);
                } catch (DateTimeParseException e) {
                    violations.add(FieldViolation.of("legalBases", "procedure.import.date", p[2]));
                }
            }
            legal.add(new LegalBasis(p[0], p[1], date, p[3]));
        }
        OnlineLevel online = v[15].isBlank() ? null : online(v[15]);
        if (!v[15].isBlank() && online == null) {
            violations.add(FieldViolation.of("onlineLevel", "procedure.import.online", v[15].strip()));
        }
        ProcedureContent content = new ProcedureContent(blank(v[0]), blank(v[1]), blank(v[2]), levels, blank(v[4]), blank(v[5]),
                lines(v[6]), blank(v[7]), lines(v[8]), methods, dossier, blank(v[11]), fees, blank(v[13]), legal, online, blank(v[16]),
                lines(v[17]));
        violations.addAll(content.problems());
        return content;
    }

    private static int count(String value, int otherwise, List<FieldViolation> violations) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of("dossier", "procedure.import.count", value));
            return otherwise;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        if (cell != null) {
            for (String line : cell.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    private static String[] parts(String line, int n) {
        String[] split = line.split("\\s*\\|\\s*", -1);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < split.length && !split[i].isBlank() ? split[i].strip() : null;
        }
        if (split.length > n) {
            out[n - 1] = String.join(" / ", java.util.Arrays.copyOfRange(split, n - 1, split.length)).strip();
        }
        return out;
    }


    /** For reading a cell: NFC (a file may hold decomposed text), trimmed, folded. */
    private static String folded(String text) {
        return vn.parcomms.shared.Texts.fold(vn.parcomms.shared.Texts.nfc(text.strip()));
    }

    static String level(Level level) {
        return level == Level.PROVINCE ? "Cấp tỉnh" : "Cấp xã";
    }

    static Level level(String text) {
        String f = folded(text);
        if (f.equals("province") || f.contains("tinh")) {
            return Level.PROVINCE;
        }
        if (f.equals("commune") || f.contains("xa") || f.contains("phuong")) {
            return Level.COMMUNE;
        }
        return null;
    }

    static String method(MethodKind kind) {
        return switch (kind) {
            case DIRECT -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Dịch vụ bưu chính";
        };
    }

    static MethodKind method(String text) {
        if (text == null) {
            return null;
        }
        String f = folded(text);
        if (f.equals("direct") || f.startsWith("truc tiep")) {
            return MethodKind.DIRECT;
        }
        if (f.equals("online") || f.startsWith("truc tuyen")) {
            return MethodKind.ONLINE;
        }
        if (f.equals("postal") || f.contains("buu chinh")) {
            return MethodKind.POSTAL;
        }
        return null;
    }

    static String online(OnlineLevel level) {
        return switch (level) {
            case FULL -> "Toàn trình";
            case PARTIAL -> "Một phần";
            case NONE -> "Không";
        };
    }

    static OnlineLevel online(String text) {
        String f = folded(text);
        return switch (f) {
            case "toan trinh", "full", "muc do 4" -> OnlineLevel.FULL;
            case "mot phan", "partial", "muc do 3" -> OnlineLevel.PARTIAL;
            case "khong", "none", "muc do 2", "muc do 1" -> OnlineLevel.NONE;
            default -> null;
        };
    }
}
