package vn.parcomms.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;
import vn.parcomms.documents.OfficialDocument.Appendix;
import vn.parcomms.documents.OfficialDocument.Block;
import vn.parcomms.documents.OfficialDocument.Heading;
import vn.parcomms.documents.OfficialDocument.Line;
import vn.parcomms.documents.OfficialDocument.Paragraph;
import vn.parcomms.documents.OfficialDocument.Table;
import vn.parcomms.shared.Texts;

/**
 * Writes an {@link OfficialDocument} as DOCX with Apache POI: A4, margins 20/20/30/15 mm, Times New
 * Roman set on every run (so Word and LibreOffice never substitute), page numbers from page 2, and
 * each appendix in its own landscape section with its table's header row repeated on every page.
 */
@Component
public class DocxRenderer {

    static final String FONT = "Times New Roman";
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 850;
    private static final int BODY = 14;
    private static final int SMALL = 12;

    public byte[] render(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            page(section, false);
            XWPFHeader numbered = docx.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph number = numbered.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            number.getCTP().addNewFldSimple().setInstr("PAGE");
            fonts(number.getCTP().getFldSimpleArray(0).addNewR(), SMALL);
            docx.createHeader(HeaderFooterType.FIRST).createParagraph();
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
            docx.getProperties().getCoreProperties().setTitle(Texts.nfc(String.join(" ", document.title())));
            docx.getProperties().getCoreProperties().setCreator("ParComms");

            masthead(docx, document);
            for (Block block : document.body()) {
                block(docx, block);
            }
            closing(docx, document);

            if (!document.appendices().isEmpty()) {
                // The portrait section ends here (its properties live in this paragraph); the rest is landscape.
                XWPFParagraph end = docx.createParagraph();
                CTSectPr portrait = (CTSectPr) section.copy();
                end.getCTP().addNewPPr().setSectPr(portrait);
                page(section, true);
                section.unsetTitlePg();
                for (int i = section.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
                    CTHdrFtrRef ref = section.getHeaderReferenceArray(i);
                    if (ref.getType() == STHdrFtr.FIRST) {
                        section.removeHeaderReference(i);
                    }
                }
                boolean first = true;
                for (Appendix appendix : document.appendices()) {
                    appendix(docx, appendix, first);
                    first = false;
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(landscape ? MARGIN_TOP : MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(landscape ? MARGIN_BOTTOM : MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private void masthead(XWPFDocument docx, OfficialDocument document) {
        int width = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
        int left = width * 2 / 5;
        XWPFTable table = borderless(docx.createTable(2, 2));
        widths(table, left, width - left);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph p = issuer.getParagraphs().getFirst();
        boolean firstLine = true;
        for (Line line : document.issuer()) {
            if (!firstLine) {
                p = issuer.addParagraph();
            }
            firstLine = false;
            centered(p);
            run(p, line.text(), 13, line.bold(), false);
        }
        rule(issuer.addParagraph(), left / 3);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        XWPFParagraph m = motto.getParagraphs().getFirst();
        centered(m);
        run(m, OfficialDocument.MOTTO, 13, true, false);
        XWPFParagraph m2 = motto.addParagraph();
        centered(m2);
        run(m2, OfficialDocument.MOTTO_LINE, 14, true, false);
        rule(motto.addParagraph(), (width - left) / 5);

        XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().getFirst();
        centered(number);
        number.setSpacingBefore(120);
        run(number, document.number(), 13, false, false);
        XWPFParagraph date = table.getRow(1).getCell(1).getParagraphs().getFirst();
        centered(date);
        date.setSpacingBefore(120);
        run(date, document.placeAndDate(), 14, false, true);

        XWPFParagraph kind = docx.createParagraph();
        centered(kind);
        kind.setSpacingBefore(360);
        run(kind, document.kind(), BODY, true, false);
        for (String line : document.title()) {
            XWPFParagraph t = docx.createParagraph();
            centered(t);
            run(t, line, BODY, true, false);
        }
        for (String line : document.subtitle()) {
            XWPFParagraph t = docx.createParagraph();
            centered(t);
            run(t, line, BODY, false, true);
        }
        rule(docx.createParagraph(), width * 2 / 5);
    }

    private void block(XWPFDocument docx, Block block) {
        switch (block) {
            case Heading h -> {
                XWPFParagraph p = docx.createParagraph();
                spacing(p);
                if (h.centered()) {
                    centered(p);
                } else {
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(567);
                }
                run(p, h.text(), BODY, true, false);
            }
            case Paragraph para -> {
                XWPFParagraph p = docx.createParagraph();
                spacing(p);
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                if (para.lead() != null) {
                    run(p, para.lead() + " ", BODY, true, para.italic());
                }
                run(p, para.text(), BODY, para.bold(), para.italic());
            }
            case Table t -> table(docx, t, A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT);
        }
    }

    private void table(XWPFDocument docx, Table t, int width) {
        XWPFTable table = docx.createTable(1 + t.rows().size(), t.headers().size());
        float total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        int[] columns = new int[t.widths().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Math.round(width * t.widths()[i] / total);
        }
        widths(table, columns);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < t.headers().size(); c++) {
            XWPFParagraph p = header.getCell(c).getParagraphs().getFirst();
            centered(p);
            run(p, t.headers().get(c), SMALL, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> cells = t.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < t.headers().size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                String value = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                String[] lines = value.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph();
                    p.setAlignment(t.centered()[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    run(p, lines[i], SMALL, false, false);
                }
            }
        }
        docx.createParagraph();
    }

    private void closing(XWPFDocument docx, OfficialDocument document) {
        int width = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
        XWPFTable table = borderless(docx.createTable(1, 2));
        widths(table, width / 2, width - width / 2);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        heading.setSpacingBefore(240);
        run(heading, "Nơi nhận:", SMALL, true, true);
        for (String recipient : document.recipients()) {
            XWPFParagraph p = left.addParagraph();
            run(p, "- " + recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = right.getParagraphs().getFirst();
        first.setSpacingBefore(240);
        centered(first);
        var signature = document.signature();
        boolean used = false;
        if (signature.authority() != null && !signature.authority().isBlank()) {
            run(first, signature.authority(), BODY, true, false);
            used = true;
        }
        XWPFParagraph title = used ? right.addParagraph() : first;
        centered(title);
        run(title, signature.title(), BODY, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        XWPFParagraph name = right.addParagraph();
        centered(name);
        run(name, signature.name() == null ? "" : signature.name(), BODY, true, false);
    }

    private void appendix(XWPFDocument docx, Appendix appendix, boolean first) {
        XWPFParagraph heading = docx.createParagraph();
        centered(heading);
        heading.setPageBreak(!first);
        run(heading, appendix.heading(), BODY, true, false);
        for (String line : appendix.title()) {
            XWPFParagraph t = docx.createParagraph();
            centered(t);
            run(t, line, BODY, true, false);
        }
        for (String line : appendix.subtitle()) {
            XWPFParagraph t = docx.createParagraph();
            centered(t);
            run(t, line, BODY, false, true);
        }
        docx.createParagraph();
        table(docx, appendix.table(), A4_LONG - 2 * MARGIN_TOP);
    }

    private static XWPFTable borderless(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    private static void widths(XWPFTable table, int... columns) {
        int total = 0;
        for (int c : columns) {
            total += c;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < columns.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(String.valueOf(columns[i]));
            }
        }
    }

    private static void rule(XWPFParagraph p, int length) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderBottom(Borders.SINGLE);
        var cell = p.getBody() instanceof XWPFTableCell c ? c : null;
        int available = cell != null && cell.getWidth() > 0 ? cell.getWidth() : A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
        int indent = Math.max(0, (available - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        XWPFRun r = p.createRun();
        fonts(r.getCTR(), 2);
    }

    private static void centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private static void spacing(XWPFParagraph p) {
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(Texts.nfc(text == null ? "" : text));
        r.setBold(bold);
        r.setItalic(italic);
        fonts(r.getCTR(), size);
        return r;
    }

    /** Times New Roman for every script range and the size, on the run itself. */
    private static void fonts(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run, int size) {
        var properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        var fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        BigInteger halfPoints = BigInteger.valueOf(size * 2L);
        (properties.sizeOfSzArray() > 0 ? properties.getSzArray(0) : properties.addNewSz()).setVal(halfPoints);
        (properties.sizeOfSzCsArray() > 0 ? properties.getSzCsArray(0) : properties.addNewSzCs()).setVal(halfPoints);
    }
}
