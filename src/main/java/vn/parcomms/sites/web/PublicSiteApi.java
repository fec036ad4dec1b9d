package vn.parcomms.sites.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.sites.Edition;
import vn.parcomms.sites.Site;
import vn.parcomms.sites.SiteManagement;
import vn.parcomms.sites.SiteReader;

/** The public read API of a site: published articles only, no sign-in. */
@RestController
class PublicSiteApi {

    private final SiteManagement sites;
    private final SiteReader reader;

    private final vn.parcomms.sites.ArticleFiles files;

    PublicSiteApi(SiteManagement sites, SiteReader reader, vn.parcomms.sites.ArticleFiles files) {
        this.sites = sites;
        this.reader = reader;
        this.files = files;
    }

    /** An article as readers get it. */
    record PublicArticle(long id, String title, String summary, String kind, String section, String body, String videoUrl,
            List<String> topics, List<String> tags, String author, java.time.Instant publishedAt, String url,
            PublicFile attachment) {

        static PublicArticle of(Edition e, boolean withBody) {
            return of(e, withBody, null);
        }

        static PublicArticle of(Edition e, boolean withBody, vn.parcomms.sites.ArticleFile file) {
            return new PublicArticle(e.articleId(), e.title(), e.summary(), e.kind().name(), e.sectionName(),
                    withBody ? e.body() : null, e.videoUrl(), e.topics(), e.tags(), e.authorName(), e.publishedAt(),
                    "/" + e.siteSlug() + "/" + e.path(), file == null ? null
                            : new PublicFile(file.name(), file.mediaType(), file.size(), file.url()));
        }
    }

    /** The document a "document" article offers, with its download address. */
    record PublicFile(String name, String mediaType, long size, String url) {
    }

    @GetMapping("/api/v1/sites/{slug}/articles")
    @Operation(summary = "Published articles of a site, newest first (public); search with q; 20 a page")
    List<PublicArticle> articles(@PathVariable String slug, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page) {
        Site site = sites.publicSite(slug).orElseThrow(() -> new NotFoundException("site.not-found", slug));
        int offset = Math.max(0, Math.min(page, 10_000)) * 20;
        if (q != null && !q.isBlank()) {
            return reader.search(site.id(), q, offset, 20).stream().map(h -> PublicArticle.of(h.edition(), false)).toList();
        }
        return reader.latest(site.id(), null, offset, 20).stream().map(e -> PublicArticle.of(e, false)).toList();
    }

    @GetMapping("/api/v1/sites/{slug}/articles/{id}")
    @Operation(summary = "One published article with its body (public)")
    PublicArticle article(@PathVariable String slug, @PathVariable long id) {
        Site site = sites.publicSite(slug).orElseThrow(() -> new NotFoundException("site.not-found", slug));
        Edition edition = reader.live(site.id(), id).filter(e -> e.state() == vn.parcomms.sites.ArticleState.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("article.not-found", id));
        return PublicArticle.of(edition, true,
                edition.attachmentId() == null ? null : files.find(edition.attachmentId()).orElse(null));
    }
}
