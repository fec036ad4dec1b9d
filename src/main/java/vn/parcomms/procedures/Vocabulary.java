package vn.parcomms.procedures;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * The folded words of one index build. Ids follow alphabetical order, so the words beginning with a prefix are
 * one range of ids. Near spellings (typos) are looked for only among words of a close length whose letters
 * could differ by that many edits, before the edit distance itself is computed.
 */
final class Vocabulary {

    private static final int LONGEST = 64;

    private final String[] words;
    private final Map<String, Integer> ids;
    /** Word ids by length (the last bucket holds every longer word). */
    private final int[][] byLength;
    /** The letters of each word as bits, see {@link #letters(String)}. */
    private final long[] letters;

    Vocabulary(SortedSet<String> sorted) {
        words = sorted.toArray(String[]::new);
        ids = new HashMap<>(words.length * 2);
        letters = new long[words.length];
        int[] counts = new int[LONGEST + 1];
        for (int w = 0; w < words.length; w++) {
            ids.put(words[w], w);
            letters[w] = letters(words[w]);
            counts[bucket(words[w].length())]++;
        }
        byLength = new int[LONGEST + 1][];
        for (int l = 0; l <= LONGEST; l++) {
            byLength[l] = new int[counts[l]];
            counts[l] = 0;
        }
        for (int w = 0; w < words.length; w++) {
            int l = bucket(words[w].length());
            byLength[l][counts[l]++] = w;
        }
    }

    int size() {
        return words.length;
    }

    String word(int id) {
        return words[id];
    }

    /** The id of a word, or -1. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The ids of the words beginning with a prefix: [from, to). */
    int[] range(String prefix) {
        return range(words, prefix);
    }

    /** Where the texts beginning with a prefix stand in a sorted array: [from, to). */
    static int[] range(String[] sorted, String prefix) {
        int from = Arrays.binarySearch(sorted, prefix);
        from = from < 0 ? -from - 1 : from;
        int to = from;
        while (to < sorted.length && sorted[to].startsWith(prefix)) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The ids of the words within {@code max} edits of a word (Damerau–Levenshtein). An edit adds or removes at
     * most one letter from the set of letters a word uses, a substitution two, a swap none; so words whose
     * letter sets differ by more than {@code 2 × max} are skipped without computing the distance.
     */
    BitSet near(String word, int max) {
        BitSet near = new BitSet(words.length);
        long mine = letters(word);
        int from = Math.max(0, word.length() - max);
        int to = Math.min(LONGEST, word.length() + max);
        for (int l = bucket(from); l <= bucket(to); l++) {
            for (int w : byLength[l]) {
                if (Long.bitCount(mine ^ letters[w]) <= 2 * max && Folding.distance(word, words[w], max) <= max) {
                    near.set(w);
                }
            }
        }
        return near;
    }

    /** The same as {@link #near}, computing the distance to every word (tests compare the two). */
    BitSet nearComparingEveryWord(String word, int max) {
        BitSet near = new BitSet(words.length);
        for (int w = 0; w < words.length; w++) {
            if (Folding.distance(word, words[w], max) <= max) {
                near.set(w);
            }
        }
        return near;
    }

    /**
     * The letters a word uses, one bit per character (characters beyond 64 share bits, which can only hide
     * differences, never add one: the filter stays safe).
     */
    static long letters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            bits |= 1L << (word.charAt(i) & 63);
        }
        return bits;
    }

    private static int bucket(int length) {
        return Math.min(length, LONGEST);
    }
}
