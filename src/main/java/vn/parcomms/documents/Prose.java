package vn.parcomms.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.parcomms.documents.OfficialDocument.Block;
import vn.parcomms.documents.OfficialDocument.Heading;
import vn.parcomms.documents.OfficialDocument.Paragraph;

/**
 * Turns the plain text of a plan or report section (paragraphs separated by line breaks, "- " bullets,
 * "a)" items, numbered sub-headings) into blocks: a short line numbered "1." that does not end a
 * sentence is a sub-heading; every other line is a paragraph.
 */
final class Prose {

    private static final Pattern SUB_HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\.\\s+\\S.*");

    private Prose() {
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = SUB_HEADING.matcher(line).matches() && line.length() <= 120
                    && !line.endsWith(".") && !line.endsWith(";") && !line.endsWith(":");
            blocks.add(heading ? new Heading(line, false) : Paragraph.plain(line));
        }
        return blocks;
    }
}
