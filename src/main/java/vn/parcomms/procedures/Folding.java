package vn.parcomms.procedures;

import java.text.Normalizer;

import vn.parcomms.shared.Texts;

/**
 * Folds Vietnamese text for search: {@link Texts#fold(char)} (no diacritics, đ → d, lower case), y → i, and
 * every run of other characters made one space.
 */
final class Folding {

    private Folding() {
    }

    /** Folded, with every run of anything but letters, digits and dots turned into one space. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = true;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            char f = Texts.fold(c);
            // "kỹ"/"kĩ", "lý"/"lí": Vietnamese spells the same sound with y or i; both fold to i.
            if (f == 'y') {
                f = 'i';
            }
            if (Character.isLetterOrDigit(f) || f == '.' && i > 0 && i + 1 < nfc.length()
                    && Character.isDigit(nfc.charAt(i - 1)) && Character.isDigit(nfc.charAt(i + 1))) {
                out.append(f);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    static String[] words(String folded) {
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    /** Damerau–Levenshtein distance (adjacent swaps count once), giving up above {@code max}. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                best = Math.min(best, v);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
