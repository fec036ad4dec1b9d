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

    /** NFC only, keeping line breaks: for multi-line prose. */
    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
