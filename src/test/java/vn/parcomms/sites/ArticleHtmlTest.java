package vn.parcomms.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cross-site scripting payloads in article bodies are neutralised; the editor's formatting is kept. */
class ArticleHtmlTest {

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">", "<img src=\"jav&#x09;ascript:alert(1)\">", "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"expression(alert(1))\">x</p>", "<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=p></form>", "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)></video>", "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<link rel=stylesheet href=//evil.example/x.css>",
                "<base href=\"https://evil.example/\">", "<style>@import 'https://evil.example/x.css';</style>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>", "<td background=\"javascript:alert(1)\">",
                "<div onmouseover=\"alert(1)\">x</div>", "<span onclick=alert(1)>x</span>", "<p onpointerenter=alert(1)>x</p>",
                "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>", "<<script>alert(1)//<</script>", "<img/src=x/onerror=alert(1)>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"\\x6Aavascript:alert(1)\">x</a>", "<x onclick=alert(1)>x</x>", "<frameset><frame src=javascript:alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<template><script>alert(1)</script></template>",
                "<isindex action=javascript:alert(1) type=image>", "<applet code=\"x\"></applet>", "<keygen autofocus onfocus=alert(1)>",
                "<button formaction=javascript:alert(1)>x</button>", "<img srcset=\"x 1x, javascript:alert(1) 2x\">",
                "<a href=\"https://ok.example\" target=\"_blank\">ok</a>", "<!--<img src=x onerror=alert(1)>-->",
                "<img src=\"//evil.example/x.png\">");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadIsNeutralised(String payload) {
        String safe = ArticleHtml.sanitize("<p>Trước</p>" + payload + "<p>Sau</p>");
        var document = Jsoup.parseBodyFragment(safe);
        assertThat(document.select("script, iframe, object, embed, form, input, style, link, meta, base, svg, math, frame, "
                + "frameset, applet, button, video, audio, template, noscript, marquee, details, keygen, isindex")).isEmpty();
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(payload).doesNotStartWith("on").isNotIn("style", "background", "srcset", "formaction");
                assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", "")).as(payload)
                        .doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:text");
            });
        }
        for (Element img : document.select("img[src]")) {
            assertThat(img.attr("src")).matches("(?i)(https?://.*|/[a-z0-9/_.-]+)");
        }
        assertThat(document.text()).contains("Trước"); // what follows a broken element may be dropped with it
    }

    @Test
    void atLeastFiftyPayloadsAreChecked() {
        assertThat(payloads().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void theEditorsFormattingStays() {
        String html = "<h2>Tiêu đề</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul>"
                + "<table><tr><td>Ô</td></tr></table><a href=\"https://dichvucong.gov.vn\">DVC</a>"
                + "<img src=\"https://example.gov.vn/a.png\" alt=\"Ảnh\">";
        String safe = ArticleHtml.sanitize(html);
        var document = Jsoup.parseBodyFragment(safe);
        assertThat(document.select("h2, strong, em, ul li, table td, a[href], img[src]")).hasSize(7);
        assertThat(document.selectFirst("a").attr("rel")).contains("noopener", "nofollow");
        assertThat(ArticleHtml.text(safe)).contains("Tiêu đề Đậm và nghiêng");
    }

    @Test
    void onlyYouTubeAndFacebookVideosAreEmbedded() {
        assertThat(ArticleHtml.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isNotNull();
        assertThat(ArticleHtml.youtubeId("https://youtu.be/dQw4w9WgXcQ")).isEqualTo("dQw4w9WgXcQ");
        assertThat(ArticleHtml.video("https://www.facebook.com/ubnd.xa/videos/123")).isNotNull();
        for (String bad : List.of("javascript:alert(1)", "https://evil.example/watch?v=abcdefg", "http://www.youtube.com/watch?v=abcdefg",
                "https://www.youtube.com/watch?v=abc\"onload=x")) {
            assertThat(ArticleHtml.video(bad)).as(bad).isNull();
        }
    }

    @Test
    void searchExcerptsMarkWordsTypedWithoutDiacritics() {
        String excerpt = Highlights.excerpt("Người dân có thể nộp hồ sơ qua Cổng dịch vụ công quốc gia <ngay>.", "dich vu cong");
        assertThat(excerpt).contains("<mark>dịch</mark> <mark>vụ</mark> <mark>công</mark>").contains("&lt;ngay&gt;")
                .doesNotContain("<ngay>");
        assertThat(SiteManagement.slug("Đối thoại CCHC: Người dân hỏi – Lãnh đạo đáp!")).isEqualTo("doi-thoai-cchc-nguoi-dan-hoi-lanh-dao-dap");
    }
}
