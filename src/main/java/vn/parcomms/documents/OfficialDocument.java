package vn.parcomms.documents;

import java.util.List;

/**
 * An administrative document as Decree 30/2020/NĐ-CP lays it out, independent of the file format:
 * the issuer block beside the national motto, number, place and date, the document type and title,
 * the body, the recipients and the signature, then appendices on landscape pages.
 *
 * @param issuer the issuer block's lines, top down (the parent body, then the issuing body in bold)
 * @param number "Số: 18/KH-UBND"
 * @param placeAndDate "Quảng Khê, ngày 20 tháng 01 năm 2026"
 * @param kind "KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO"
 * @param title the title's lines, in bold under the type
 * @param subtitle lines in italics under the title, or none
 * @param body the body
 * @param recipients "Nơi nhận:" entries, each shown after a dash
 * @param signature the signature block
 * @param appendices appendices, each starting a landscape page
 */
public record OfficialDocument(List<Line> issuer, String number, String placeAndDate, String kind, List<String> title,
        List<String> subtitle, List<Block> body, List<String> recipients, Signature signature, List<Appendix> appendices) {

    public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc";

    /** A line of the issuer block. */
    public record Line(String text, boolean bold) {
    }

    /**
     * The signature block.
     *
     * @param authority "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or {@code null}
     * @param title "PHÓ CHỦ TỊCH"
     * @param name the signer's name, or {@code null} when left to write by hand
     */
    public record Signature(String authority, String title, String name) {
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A numbered heading ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), bold; centered when asked. */
    public record Heading(String text, boolean centered) implements Block {
    }

    /**
     * A justified paragraph with its first line indented, optionally bold or italic, optionally led by
     * words in bold ("Điều 1.").
     */
    public record Paragraph(String lead, String text, boolean bold, boolean italic) implements Block {

        public static Paragraph plain(String text) {
            return new Paragraph(null, text, false, false);
        }

        public static Paragraph italic(String text) {
            return new Paragraph(null, text, false, true);
        }

        public static Paragraph led(String lead, String text) {
            return new Paragraph(lead, text, false, false);
        }
    }

    /**
     * A table with one header row repeated on every page it spans.
     *
     * @param headers column headers
     * @param widths relative column widths
     * @param rows cells, row by row
     * @param centered for each column, whether its cells are centered (numbers, STT)
     */
    public record Table(List<String> headers, float[] widths, List<List<String>> rows, boolean[] centered) implements Block {
    }

    /**
     * An appendix on landscape pages: its heading ("Phụ lục"), title lines and one table.
     */
    public record Appendix(String heading, List<String> title, List<String> subtitle, Table table) {
    }
}
