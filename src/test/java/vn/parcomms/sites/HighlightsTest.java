package vn.parcomms.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void foldingDropsDiacriticsAndCaseButKeepsOneCharacterPerCharacter() {
        String text = "Đắk Mre: DỊCH VỤ công Ωμέγα ẞ 漢字 😀";
        String folded = Highlights.fold(text);
        assertThat(folded).startsWith("dak mre: dich vu cong ωμεγα");
        assertThat(folded).hasSameSizeAs(text);
    }

    @Test
    void matchesAreMarkedInTheOriginalTextWhichStaysEscaped() {
        String excerpt = Highlights.excerpt("Hướng dẫn <b>nộp</b> hồ sơ \"dịch vụ công\" & lệ phí", "dich VU cong");
        assertThat(excerpt).isEqualTo("Hướng dẫn &lt;b&gt;nộp&lt;/b&gt; hồ sơ &quot;<mark>dịch</mark> <mark>vụ</mark> "
                + "<mark>công</mark>&quot; &amp; lệ phí");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "mở đầu ".repeat(100) + "đối thoại với lãnh đạo xã" + " kết thúc".repeat(100);
        String excerpt = Highlights.excerpt(text, "doi thoai");
        assertThat(excerpt).startsWith("… ").endsWith(" …").contains("<mark>đối</mark> <mark>thoại</mark> với lãnh đạo xã");
    }
}
