package vn.parcomms.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Near spellings found through the length and letter filters are exactly those the edit distance finds alone. */
class VocabularyTest {

    @Test
    void filteredTypoLookupFindsTheSameWordsAsComparingEveryWord() {
        Random random = new Random(25);
        TreeSet<String> words = new TreeSet<>();
        for (String name : List.of("dang ki khai sinh", "ket hon", "chung thuc ban sao tu ban chinh", "giai quyet tro cap xa hoi",
                "thu tuc hanh chinh", "nguoi co cong voi cach mang", "ho kinh doanh", "tam ngung kinh doanh", "xac nhan tinh trang",
                "hon nhan", "quyen su dung dat", "hoa giai tranh chap", "1.001193.000.00.00", "h36", "mai tang phi", "cap lai")) {
            words.addAll(List.of(name.split(" ")));
        }
        String letters = "abcdeghiklmnopqrstuvx.0123456789";
        while (words.size() < 3000) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        Vocabulary vocabulary = new Vocabulary(words);
        List<String> queries = new ArrayList<>(List.of("kahi", "snh", "chug", "thuk", "ngiu", "tuhong", "caplai", "kinhdoanh",
                "hnon", "xa", "quyne", "1.00193", "dat", "abcdefghijklmnopqrstuvwxyz"));
        for (int i = 0; i < 300; i++) {
            String word = vocabulary.word(random.nextInt(vocabulary.size()));
            int at = random.nextInt(word.length());
            queries.add(switch (i % 4) {
                case 0 -> word.substring(0, at) + word.substring(at + 1);
                case 1 -> word.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + word.substring(at);
                case 2 -> word.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + word.substring(at + 1);
                default -> at + 1 < word.length() ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                        : word + "ng";
            });
        }
        int found = 0;
        for (String query : queries) {
            for (int max = 1; max <= 2; max++) {
                var near = vocabulary.near(query, max);
                assertThat(near).as(query + " within " + max).isEqualTo(vocabulary.nearComparingEveryWord(query, max));
                found += near.cardinality();
            }
        }
        assertThat(found).as("the queries are near some words").isGreaterThan(queries.size());
    }

    @Test
    void wordsBeginningWithAPrefixAreOneRangeOfIds() {
        Vocabulary vocabulary = new Vocabulary(new TreeSet<>(List.of("kem", "khai", "khach", "khanh", "kho", "la")));
        int[] range = vocabulary.range("kha");
        assertThat(List.of(vocabulary.word(range[0]), vocabulary.word(range[1] - 1))).containsExactly("khach", "khanh");
        assertThat(range[1] - range[0]).isEqualTo(3);
        assertThat(vocabulary.range("khu")).satisfies(r -> assertThat(r[1]).isEqualTo(r[0]));
        assertThat(vocabulary.id("kho")).isEqualTo(4);
        assertThat(vocabulary.id("khu")).isEqualTo(-1);
    }
}
