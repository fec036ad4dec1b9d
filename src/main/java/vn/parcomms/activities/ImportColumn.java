package vn.parcomms.activities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of the activity spreadsheet, in template order. Headers are part of the file format
 * that offices fill in, so they are Vietnamese whatever the user's language; they are matched
 * ignoring case, diacritics and spacing.
 */
enum ImportColumn {
    OCCURRENCE("Mã nhiệm vụ/kỳ", false, 22),
    START_DATE("Ngày bắt đầu", true, 14),
    END_DATE("Ngày kết thúc", false, 14),
    CHANNEL("Kênh", true, 40),
    DELIVERABLE("Loại sản phẩm", false, 28),
    TITLE("Tiêu đề", true, 50),
    DESCRIPTION("Mô tả", false, 50),
    LINKS("Liên kết", false, 40),
    VIEWS("Lượt xem", false, 11),
    LISTENERS("Người nghe", false, 11),
    PARTICIPANTS("Người tham dự", false, 13),
    COPIES("Số bản in", false, 11),
    BROADCASTS("Số lần phát", false, 11),
    DURATION("Thời lượng (phút)", false, 13),
    TOPICS("Chủ đề", false, 40),
    AUDIENCES("Đối tượng", false, 40);

    private final String header;
    private final boolean required;
    private final int width;

    ImportColumn(String header, boolean required, int width) {
        this.header = header;
        this.required = required;
        this.width = width;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** Column width in characters, for the template. */
    int width() {
        return width;
    }

    /** The column a header names (the template marks required ones with a trailing *), or {@code null}. */
    static ImportColumn byHeader(String text) {
        String key = fold(text.replaceAll("\\s*\\*\\s*$", ""));
        for (ImportColumn column : values()) {
            if (fold(column.header).equals(key)) {
                return column;
            }
        }
        return null;
    }

    /**
     * Lower case without diacritics (đ included) and with single spaces, so that "KÊNH", "kenh" and
     * "Kênh " match.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
