package vn.parcomms.sites;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import vn.parcomms.shared.Texts;

/**
 * What an article body may contain: the editor's formatting, headings, lists, quotes, tables, links
 * (http, https, mailto; opened safely) and images from http(s) or the platform's own files. Anything
 * else (scripts, event handlers, styles, frames, forms, javascript: URLs) is dropped by the OWASP
 * allow-list sanitizer before the body is stored, so nothing unsafe ever reaches a reader.
 */
public final class ArticleHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowElements("img").allowAttributes("alt", "title", "width", "height").onElements("img")
                    .allowAttributes("src").matching(Pattern.compile("(?i)(https?://[^\\s\"'<>]+|/[a-z0-9/_.-]+)"))
                    .onElements("img")
                    .allowElements("figure", "figcaption", "hr", "br", "sub", "sup")
                    .toFactory());

    private static final Pattern SAFE_VIDEO = Pattern.compile(
            "^https://(www\\.)?(youtube\\.com/watch\\?v=[A-Za-z0-9_-]{6,20}|youtu\\.be/[A-Za-z0-9_-]{6,20}"
                    + "|(www\\.)?facebook\\.com/[A-Za-z0-9._/?=&-]{1,300})$");

    private ArticleHtml() {
    }

    /** The body as it may be stored and shown. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(Texts.nfc(html));
    }

    /** The body's text, for search and summaries. */
    public static String text(String safeHtml) {
        return Jsoup.parse(safeHtml == null ? "" : safeHtml).text();
    }

    /** A YouTube or Facebook video address, or {@code null} when it is not one we embed. */
    public static String video(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        return SAFE_VIDEO.matcher(u).matches() ? u : null;
    }

    /** The YouTube id of a video address, for the privacy-friendly embed, or {@code null}. */
    public static String youtubeId(String url) {
        if (url == null) {
            return null;
        }
        var m = Pattern.compile("(?:v=|youtu\\.be/)([A-Za-z0-9_-]{6,20})").matcher(url);
        return m.find() ? m.group(1) : null;
    }
}
