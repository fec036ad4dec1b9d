package vn.parcomms.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import vn.parcomms.documents.OfficialDocument.Appendix;
import vn.parcomms.documents.OfficialDocument.Block;
import vn.parcomms.documents.OfficialDocument.Heading;
import vn.parcomms.documents.OfficialDocument.Line;
import vn.parcomms.documents.OfficialDocument.Paragraph;
import vn.parcomms.documents.OfficialDocument.Table;
import vn.parcomms.shared.Texts;

/**
 * Draws an {@link OfficialDocument} as PDF with OpenPDF, straight from the model (not through an
 * office suite), with Liberation Serif embedded: the OFL font with the metrics of Times New Roman, so
 * lines break where they do in the DOCX. Same layout: A4, margins 20/20/30/15 mm, page numbers from
 * page 2, appendices on landscape pages with the table header repeated and long rows split.
 */
@Component
public class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 14;
    private static final float SMALL = 12;

    private final BaseFont regular = font("LiberationSerif-Regular.ttf");
    private final BaseFont bold = font("LiberationSerif-Bold.ttf");
    private final BaseFont italic = font("LiberationSerif-Italic.ttf");
    private final BaseFont boldItalic = font("LiberationSerif-BoldItalic.ttf");

    private static BaseFont font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(OfficialDocument model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(font(false, false, SMALL)));
        // Justify by widening spaces only, so that words stay whole for copy and search.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        document.addTitle(Texts.nfc(String.join(" ", model.title())));
        document.addCreator("ParComms");
        document.open();
        masthead(document, model);
        for (Block block : model.body()) {
            block(document, block);
        }
        closing(document, model);
        for (Appendix appendix : model.appendices()) {
            document.setPageSize(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));
            document.setMargins(20 * MM, 20 * MM, 20 * MM, 20 * MM);
            document.newPage();
            appendix(document, appendix);
        }
        document.close();
        return out.toByteArray();
    }

    private Font font(boolean isBold, boolean isItalic, float size) {
        BaseFont base = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        return new Font(base, size);
    }

    private static String nfc(String text) {
        return Texts.nfc(text == null ? "" : text);
    }

    private void masthead(Document document, OfficialDocument model) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        PdfPCell issuer = cell();
        for (Line line : model.issuer()) {
            issuer.addElement(centered(line.text(), font(line.bold(), false, 13), 0));
        }
        issuer.addElement(rule(0.35f));
        table.addCell(issuer);
        PdfPCell motto = cell();
        motto.addElement(centered(OfficialDocument.MOTTO, font(true, false, 13), 0));
        motto.addElement(centered(OfficialDocument.MOTTO_LINE, font(true, false, 14), 0));
        motto.addElement(rule(0.55f));
        table.addCell(motto);
        PdfPCell number = cell();
        number.addElement(centered(model.number(), font(false, false, 13), 6));
        table.addCell(number);
        PdfPCell date = cell();
        date.addElement(centered(model.placeAndDate(), font(false, true, 14), 6));
        table.addCell(date);
        document.add(table);

        document.add(centered(model.kind(), font(true, false, BODY), 18));
        for (String line : model.title()) {
            document.add(centered(line, font(true, false, BODY), 0));
        }
        for (String line : model.subtitle()) {
            document.add(centered(line, font(false, true, BODY), 0));
        }
        PdfPTable titleRule = rule(0.3f);
        titleRule.setSpacingAfter(6);
        document.add(titleRule);
    }

    private void block(Document document, Block block) {
        switch (block) {
            case Heading h -> {
                var p = h.centered() ? centered(h.text(), font(true, false, BODY), 6) : body(h.text(), font(true, false, BODY));
                document.add(p);
            }
            case Paragraph para -> {
                var p = body(para.text(), font(para.bold(), para.italic(), BODY));
                if (para.lead() != null) {
                    p.add(0, new org.openpdf.text.Chunk(nfc(para.lead() + " "), font(true, para.italic(), BODY)));
                }
                document.add(p);
            }
            case Table t -> document.add(table(t));
        }
    }

    private org.openpdf.text.Paragraph body(String text, Font font) {
        var p = new org.openpdf.text.Paragraph(nfc(text), font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingBefore(6);
        p.setLeading(font.getSize() * 1.2f);
        return p;
    }

    private org.openpdf.text.Paragraph centered(String text, Font font, float before) {
        var p = new org.openpdf.text.Paragraph(nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        p.setLeading(font.getSize() * 1.15f);
        return p;
    }

    private PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitRows(true);
        table.setSplitLate(false); // rows break across pages as in Word (OpenPDF would otherwise put one row per page)
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (String header : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(nfc(header), font(true, false, SMALL)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < t.headers().size(); c++) {
                String value = c < row.size() && row.get(c) != null ? row.get(c) : "";
                PdfPCell cell = new PdfPCell(new Phrase(nfc(value), font(false, false, SMALL)));
                cell.setHorizontalAlignment(t.centered()[c] ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                cell.setPadding(4);
                cell.setLeading(0, 1.15f);
                table.addCell(cell);
            }
        }
        return table;
    }

    private void closing(Document document, OfficialDocument model) {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        var heading = new org.openpdf.text.Paragraph(nfc("Nơi nhận:"), font(true, true, SMALL));
        left.addElement(heading);
        for (String recipient : model.recipients()) {
            var p = new org.openpdf.text.Paragraph(nfc("- " + recipient), font(false, false, 11));
            p.setLeading(13);
            left.addElement(p);
        }
        table.addCell(left);
        PdfPCell right = cell();
        var signature = model.signature();
        if (signature.authority() != null && !signature.authority().isBlank()) {
            right.addElement(centered(signature.authority(), font(true, false, BODY), 0));
        }
        right.addElement(centered(signature.title(), font(true, false, BODY), 0));
        var space = new org.openpdf.text.Paragraph(" ", font(false, false, BODY));
        space.setSpacingBefore(60);
        right.addElement(space);
        right.addElement(centered(signature.name() == null ? "" : signature.name(), font(true, false, BODY), 0));
        table.addCell(right);
        document.add(table);
    }

    private void appendix(Document document, Appendix appendix) {
        document.add(centered(appendix.heading(), font(true, false, BODY), 0));
        for (String line : appendix.title()) {
            document.add(centered(line, font(true, false, BODY), 0));
        }
        for (String line : appendix.subtitle()) {
            document.add(centered(line, font(false, true, BODY), 0));
        }
        document.add(table(appendix.table()));
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** A short centered rule: a line under the middle part of the width. */
    private PdfPTable rule(float fraction) {
        float side = (1 - fraction) / 2;
        PdfPTable rule = new PdfPTable(new float[] {side, fraction, side});
        rule.setWidthPercentage(100);
        for (int i = 0; i < 3; i++) {
            PdfPCell c = new PdfPCell(new Phrase(" ", new Font(regular, 1)));
            c.setBorder(i == 1 ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
            c.setBorderWidth(0.6f);
            c.setFixedHeight(9);
            c.setPadding(0);
            rule.addCell(c);
        }
        return rule;
    }

    /** The page number at the top center, from page 2. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                Rectangle size = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), font), (size.getLeft() + size.getRight()) / 2,
                        size.getTop() - 10 * MM, 0);
            }
        }
    }
}
