package vn.parcomms.shared;

import java.text.Normalizer;

/** Text clean-up applied to everything users type before it is validated or stored. */
public final class Texts {

    private Texts() {
    }

    /**
     * Unicode NFC, trimmed, inner whitespace runs collapsed to one space; {@code null} when blank.
     * Vietnamese typed on some keyboards arrives decomposed (NFD); stored text is always NFC.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return normalized.isEmpty() ? null : normalized;
    }

    /** Each character below U+2000 (Latin with Vietnamese, Greek, Cyrillic) folded once, at class load. */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            char base = c < 128 ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            if (base == 'đ' || base == 'Đ') {
                base = 'd';
            }
            FOLDED[c] = Character.toLowerCase(base);
        }
    }

    /** One character without its diacritics, đ → d, in lower case (as PostgreSQL's unaccent and lower fold it). */
    public static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
    }

    /**
     * The text without diacritics, đ → d, in lower case, one character per character (so positions in the
     * folded text are positions in the original), for matching what people type with or without accents.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /** NFC only, keeping line breaks: for multi-line prose. */
    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
