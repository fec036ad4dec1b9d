package vn.parcomms.sites.web;

import java.util.ArrayList;
import java.util.List;

/** A word-level difference of two texts (longest common subsequence), for the revision view. */
final class TextDiff {

    private TextDiff() {
    }

    /** A run of words: kept, added or removed. */
    record Part(String kind, String text) {
    }

    static List<Part> words(String before, String after) {
        String[] a = before.isBlank() ? new String[0] : before.strip().split("\\s+");
        String[] b = after.isBlank() ? new String[0] : after.strip().split("\\s+");
        if ((long) a.length * b.length > 4_000_000L) {
            return List.of(new Part("removed", before), new Part("added", after));
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(parts, "same", a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(parts, "added", b[j++]);
            } else {
                add(parts, "removed", a[i++]);
            }
        }
        return parts;
    }

    private static void add(List<Part> parts, String kind, String word) {
        if (!parts.isEmpty() && parts.getLast().kind().equals(kind)) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + " " + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }
}
