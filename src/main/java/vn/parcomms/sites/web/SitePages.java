package vn.parcomms.sites.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.sites.ArticleHtml;
import vn.parcomms.sites.Edition;
import vn.parcomms.sites.Section;
import vn.parcomms.sites.Site;
import vn.parcomms.sites.SiteManagement;
import vn.parcomms.sites.SiteReader;

/**
 * What a citizen sees at /{site}/: the home page with the latest items and each section's, section
 * pages, articles (with OpenGraph and Twitter-card tags, breadcrumbs, print view), search within the
 * site and across sites, the site regulation, RSS per site and per section, and sitemap.xml.
 */
@Controller
class SitePages {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE = 20;

    private final SiteManagement sites;
    private final SiteReader reader;
    private final vn.parcomms.sites.ArticleImages images;
    private final vn.parcomms.sites.ArticleFiles files;

    SitePages(SiteManagement sites, SiteReader reader, vn.parcomms.sites.ArticleImages images,
            vn.parcomms.sites.ArticleFiles files) {
        this.sites = sites;
        this.reader = reader;
        this.images = images;
        this.files = files;
    }

    /**
     * The file a published "document" article offers, saved under its own name; served as an attachment in a
     * sandbox so that a browser never runs it in the site's origin.
     */
    @GetMapping("/{slug:[a-z0-9-]+}/tep/{id:\\d+}/{name}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable String slug,
            @PathVariable long id) {
        site(slug);
        var download = files.published(slug, id).orElseThrow(() -> new NotFoundException("article.not-found", id));
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType(download.file().mediaType()))
                .contentLength(download.file().size())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename(download.file().name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .cacheControl(org.springframework.http.CacheControl.noCache().cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new org.springframework.core.io.FileSystemResource(download.path()));
    }

    /** An article image at one of its widths; never changes, so readers keep it for a year. */
    @GetMapping("/{slug:[a-z0-9-]+}/anh/{id:\\d+}-{width:\\d+}.jpg")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> image(@PathVariable String slug,
            @PathVariable long id, @PathVariable int width) {
        site(slug);
        java.nio.file.Path file = images.file(slug, id, width);
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new org.springframework.core.io.FileSystemResource(file));
    }

    /** A section with its latest items, for the home page. */
    record SectionBlock(Section section, List<Edition> items) {
    }

    /** The site at this address; any other first segment is simply a page that does not exist (plain 404). */
    private Site site(String slug) {
        return sites.publicSite(slug).orElseThrow(
                () -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private Section section(Site site, String section) {
        return reader.sections(site.id()).stream().filter(s -> s.slug().equals(section)).findFirst()
                .orElseThrow(() -> new NotFoundException("site.not-found", site.slug() + "/" + section));
    }

    private void common(Model model, Site site, String currentSection) {
        model.addAttribute("site", site);
        model.addAttribute("sections", reader.sections(site.id()));
        model.addAttribute("currentSection", currentSection);
        model.addAttribute("zone", ZONE);
        model.addAttribute("lang", org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String bare(@PathVariable String slug) {
        site(slug);
        return "redirect:/" + slug + "/";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/")
    String home(@PathVariable String slug, Model model) {
        Site site = site(slug);
        common(model, site, null);
        model.addAttribute("latest", reader.latest(site.id(), null, 0, 10));
        model.addAttribute("highlighted", reader.highlighted(site.id(), 3));
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section section : reader.sections(site.id())) {
            blocks.add(new SectionBlock(section, reader.latest(site.id(), section.id(), 0, 5)));
        }
        model.addAttribute("bySection", blocks);
        model.addAttribute("forwarded", sites.acceptedForwards(site.id()));
        return "public/home";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/chuyen-muc/{section:[a-z0-9-]+}/")
    String section(@PathVariable String slug, @PathVariable String section, @RequestParam(defaultValue = "0") int trang,
            Model model) {
        Site site = site(slug);
        Section found = section(site, section);
        int page = Math.max(0, Math.min(trang, 10_000));
        List<Edition> items = reader.latest(site.id(), found.id(), page * PAGE, PAGE + 1);
        common(model, site, section);
        model.addAttribute("section", found);
        model.addAttribute("items", items.size() > PAGE ? items.subList(0, PAGE) : items);
        model.addAttribute("hasNext", items.size() > PAGE);
        model.addAttribute("page", page);
        return "public/section";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/bai/{id:\\d+}-{articleSlug:[a-z0-9-]*}")
    String article(@PathVariable String slug, @PathVariable long id, @PathVariable String articleSlug, Model model,
            HttpServletRequest request) {
        Site site = site(slug);
        Edition edition = reader.live(site.id(), id).orElseThrow(() -> new NotFoundException("article.not-found", id));
        if (!edition.slug().equals(articleSlug)) {
            return "redirect:/" + slug + "/" + edition.path();
        }
        common(model, site, edition.sectionSlug());
        model.addAttribute("e", edition);
        model.addAttribute("videoId", ArticleHtml.youtubeId(edition.videoUrl()));
        var cover = edition.coverImageId() == null ? null : images.find(edition.coverImageId()).orElse(null);
        model.addAttribute("cover", cover);
        model.addAttribute("attachment", edition.attachmentId() == null || edition.state() != vn.parcomms.sites.ArticleState.PUBLISHED
                ? null : files.find(edition.attachmentId()).orElse(null));
        model.addAttribute("coverUrl", cover == null ? null
                : ServletUriComponentsBuilder.fromContextPath(request).path(cover.url(960)).build().toUriString());
        model.addAttribute("canonical", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/" + slug + "/" + edition.path()).build().toUriString());
        return "public/article";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/tim-kiem")
    String search(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
        Site site = site(slug);
        common(model, site, null);
        model.addAttribute("q", q);
        model.addAttribute("action", "/" + slug + "/tim-kiem");
        model.addAttribute("hits", q == null ? List.of() : reader.search(site.id(), q, 0, 30));
        return "public/search";
    }

    @GetMapping("/tim-kiem")
    String searchAll(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", q == null ? List.of() : reader.search(null, q, 0, 30));
        return "public/search-all";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/quy-che")
    String regulation(@PathVariable String slug, Model model) {
        Site site = site(slug);
        common(model, site, null);
        model.addAttribute("paragraphs", site.regulation() == null ? List.of()
                : Arrays.stream(site.regulation().split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList());
        return "public/regulation";
    }

    @GetMapping(value = "/{slug:[a-z0-9-]+}/rss.xml")
    ResponseEntity<String> rss(@PathVariable String slug, HttpServletRequest request) {
        return feed(site(slug), null, request);
    }

    @GetMapping(value = "/{slug:[a-z0-9-]+}/atom.xml")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Site site = site(slug);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String home = base + "/" + site.slug() + "/";
        List<Edition> items = reader.latest(site.id(), null, 0, 30);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
        xml.append("<title>").append(x(site.name())).append("</title>\n<id>").append(x(home)).append("</id>\n")
                .append("<link href=\"").append(x(home)).append("\"/>\n<link rel=\"self\" href=\"")
                .append(x(home + "atom.xml")).append("\"/>\n<updated>")
                .append(items.isEmpty() ? java.time.Instant.EPOCH : items.getFirst().publishedAt()).append("</updated>\n");
        for (Edition e : items) {
            String url = home + e.path();
            xml.append("<entry>\n<title>").append(x(e.title())).append("</title>\n<id>").append(x(url)).append("</id>\n")
                    .append("<link href=\"").append(x(url)).append("\"/>\n<updated>").append(e.publishedAt())
                    .append("</updated>\n<author><name>").append(x(e.authorName() == null ? site.name() : e.authorName()))
                    .append("</name></author>\n");
            if (e.summary() != null) {
                xml.append("<summary>").append(x(e.summary())).append("</summary>\n");
            }
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(xml.toString());
    }

    @GetMapping(value = "/{slug:[a-z0-9-]+}/chuyen-muc/{section:[a-z0-9-]+}/rss.xml")
    ResponseEntity<String> sectionRss(@PathVariable String slug, @PathVariable String section, HttpServletRequest request) {
        Site site = site(slug);
        Section found = section(site, section);
        return feed(site, found, request);
    }

    private ResponseEntity<String> feed(Site site, Section section, HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n");
        String title = site.name() + (section == null ? "" : " – " + section.name());
        String link = base + "/" + site.slug() + "/" + (section == null ? "" : "chuyen-muc/" + section.slug() + "/");
        xml.append("<title>").append(x(title)).append("</title>\n<link>").append(x(link)).append("</link>\n")
                .append("<description>").append(x(site.tagline() == null ? site.name() : site.tagline()))
                .append("</description>\n<language>vi</language>\n");
        for (Edition e : reader.latest(site.id(), section == null ? null : section.id(), 0, 30)) {
            String url = base + "/" + site.slug() + "/" + e.path();
            xml.append("<item>\n<title>").append(x(e.title())).append("</title>\n<link>").append(x(url))
                    .append("</link>\n<guid isPermaLink=\"true\">").append(x(url)).append("</guid>\n<pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(e.publishedAt().atZone(ZONE))).append("</pubDate>\n");
            if (e.summary() != null) {
                xml.append("<description>").append(x(e.summary())).append("</description>\n");
            }
            xml.append("</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8")).body(xml.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Site site : sites.sites()) {
            if (site.enabled()) {
                xml.append("<url><loc>").append(x(base + "/" + site.slug() + "/")).append("</loc></url>\n");
            }
        }
        for (Edition e : reader.everything(45_000)) {
            xml.append("<url><loc>").append(x(base + "/" + e.siteSlug() + "/" + e.path())).append("</loc><lastmod>")
                    .append(e.publishedAt().atZone(ZONE).toLocalDate()).append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml.toString());
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
