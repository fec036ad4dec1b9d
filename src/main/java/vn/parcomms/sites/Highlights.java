package vn.parcomms.sites;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Excerpts of found text with the query's words marked, matched without diacritics ("dich vu cong"
 * marks "dịch vụ công") but shown as written. Folding keeps one character per character, so
 * positions in the folded text are positions in the original.
 */
final class Highlights {

    private Highlights() {
    }

    static String fold(String text) {
        return vn.parcomms.shared.Texts.fold(text);
    }

    /** About 240 characters around the first match, escaped, with every match wrapped in &lt;mark&gt;. */
    static String excerpt(String text, String query) {
        String original = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC);
        String folded = fold(original);
        List<String> terms = new ArrayList<>();
        for (String word : fold(Normalizer.normalize(query, Normalizer.Form.NFC)).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2) {
                terms.add(word);
            }
        }
        int first = -1;
        for (String term : terms) {
            int at = folded.indexOf(term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = Math.max(0, first < 0 ? 0 : first - 80);
        int end = Math.min(original.length(), start + 240);
        boolean[] marked = new boolean[end - start];
        for (String term : terms) {
            for (int at = folded.indexOf(term, start); at >= 0 && at < end; at = folded.indexOf(term, at + 1)) {
                for (int i = at; i < Math.min(end, at + term.length()); i++) {
                    marked[i - start] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(start > 0 ? "… " : "");
        boolean open = false;
        for (int i = start; i < end; i++) {
            boolean m = marked[i - start];
            if (m && !open) {
                out.append("<mark>");
            } else if (!m && open) {
                out.append("</mark>");
            }
            open = m;
            char c = original.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.append(end < original.length() ? " …" : "").toString();
    }
}
