package vn.parcomms.sites;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see: only live editions of switched-on sites. Search folds diacritics (unaccent) on
 * both sides, ranks title over summary over body, and highlights the matches.
 */
@Component
public class SiteReader {

    private final JdbcClient jdbc;
    private final SiteStore store;

    private final int window;
    private final int enough;

    SiteReader(JdbcClient jdbc, SiteStore store,
            @org.springframework.beans.factory.annotation.Value("${parcomms.sites.search.window:5000}") int window,
            @org.springframework.beans.factory.annotation.Value("${parcomms.sites.search.enough:100}") int enough) {
        this.jdbc = jdbc;
        this.store = store;
        this.window = window;
        this.enough = enough;
    }

    /** A found article with its highlighted excerpt (HTML with only &lt;mark&gt; added to escaped text). */
    public record Hit(Edition edition, String siteName, String excerpt) {
    }

    @Transactional(readOnly = true)
    public List<Edition> latest(long siteId, Long sectionId, int offset, int limit) {
        return jdbc.sql(SiteStore.EDITION + """
                 WHERE a.site_id = :s AND e.state = 'PUBLISHED' AND (CAST(:section AS bigint) IS NULL OR e.section_id = :section)
                 ORDER BY e.published_at DESC, e.id DESC OFFSET :offset LIMIT :limit
                """).param("s", siteId).param("section", sectionId).param("offset", offset).param("limit", limit)
                .query(SiteStore::edition).list();
    }

    /** The published articles an editor put forward, newest first. */
    @Transactional(readOnly = true)
    public List<Edition> highlighted(long siteId, int limit) {
        return jdbc.sql(SiteStore.EDITION + """
                 WHERE a.site_id = :s AND e.state = 'PUBLISHED' AND a.highlighted_at IS NOT NULL
                 ORDER BY a.highlighted_at DESC LIMIT :l
                """).param("s", siteId).param("l", limit).query(SiteStore::edition).list();
    }

    /** The live edition of an article (published or taken down), on its own site. */
    @Transactional(readOnly = true)
    public Optional<Edition> live(long siteId, long articleId) {
        return jdbc.sql(SiteStore.EDITION + " WHERE a.site_id = :s AND a.id = :a AND e.state IN ('PUBLISHED', 'UNPUBLISHED')")
                .param("s", siteId).param("a", articleId).query(SiteStore::edition).optional();
    }

    /** Published articles of a site (or of every switched-on site when {@code siteId} is null) matching the words. */
    @Transactional(readOnly = true)
    public List<Hit> search(Long siteId, String query, int offset, int limit) {
        return search(siteId, query, offset, limit, window, enough);
    }

    /** The search with its first pass sized by the caller (tests use small sizes). */
    @Transactional(readOnly = true)
    List<Hit> search(Long siteId, String query, int offset, int limit, int window, int enough) {
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        final String terms = words.length() > 200 ? words.substring(0, 200) : words;
        // Rank the most recent matches only (at most 300): a common word matches most of a site's articles,
        // and ranking every match would read them all. They come from article_search, the narrow index
        // table of live editions that a trigger keeps. Recency first, then relevance within it, is also
        // what readers of a news site expect. The words are folded here (as unaccent folds the stored text)
        // so that the query is a constant the planner can estimate.
        String folded = Highlights.fold(java.text.Normalizer.normalize(terms, java.text.Normalizer.Form.NFC));
        // First the newest articles only (parcomms.sites.search.window, 5,000): bounded work whatever the words.
        // When they hold enough matches (parcomms.sites.search.enough, 100: five pages), those are the results; otherwise (rarer words, or a small site) the
        // whole site is searched, where the full-text index finds rare words quickly. The choice does not
        // depend on the page asked, so every page of a search comes from the same ranked list.
        List<Long> newest = jdbc.sql("""
                WITH newest AS (
                    SELECT x.edition_id AS id, x.search, x.published_at FROM article_search x JOIN site s ON s.id = x.site_id
                    WHERE s.enabled AND (CAST(:site AS bigint) IS NULL OR x.site_id = :site)
                    ORDER BY x.published_at DESC LIMIT :window),
                recent AS (
                    SELECT newest.* FROM newest WHERE newest.search @@ websearch_to_tsquery('simple', :q)
                    ORDER BY newest.published_at DESC LIMIT 300)
                SELECT recent.id FROM recent
                ORDER BY ts_rank_cd(recent.search, websearch_to_tsquery('simple', :q)) DESC, recent.published_at DESC
                """).param("q", folded).param("site", siteId).param("window", window).query(Long.class).list();
        if (newest.size() >= enough || !fullWindow(siteId, window)) {
            int from = Math.min(offset, newest.size());
            return hits(newest.subList(from, Math.min(newest.size(), from + limit)), terms);
        }
        // Planned for these very words (the estimate decides between the recency walk and the full-text index).
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        List<Long> ids = jdbc.sql("""
                WITH recent AS (
                    SELECT x.edition_id AS id, x.search, x.published_at FROM article_search x JOIN site s ON s.id = x.site_id
                    WHERE s.enabled AND (CAST(:site AS bigint) IS NULL OR x.site_id = :site)
                      AND x.search @@ websearch_to_tsquery('simple', :q)
                    ORDER BY x.published_at DESC LIMIT 300)
                SELECT recent.id FROM recent
                ORDER BY ts_rank_cd(recent.search, websearch_to_tsquery('simple', :q)) DESC, recent.published_at DESC
                OFFSET :offset LIMIT :limit
                """).param("q", folded).param("site", siteId).param("offset", offset).param("limit", limit)
                .query(Long.class).list();
        jdbc.sql("SET LOCAL plan_cache_mode = auto").update();
        return hits(ids, terms);
    }

    /** Whether the site (or all sites) has more live articles than the first pass reads. */
    private boolean fullWindow(Long siteId, int window) {
        return jdbc.sql("""
                SELECT count(*) FROM (SELECT 1 FROM article_search x JOIN site s ON s.id = x.site_id
                WHERE s.enabled AND (CAST(:site AS bigint) IS NULL OR x.site_id = :site) LIMIT :window) w
                """).param("site", siteId).param("window", window).query(Long.class).single() >= window;
    }

    /** The found editions in the order given, with their highlighted excerpts. */
    private List<Hit> hits(List<Long> ids, String terms) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Hit> hits = new java.util.HashMap<>();
        jdbc.sql("SELECT x.*, st.name AS site_name FROM (" + SiteStore.EDITION + " WHERE e.id = ANY(:ids)) x"
                        + " JOIN site st ON st.id = x.site_id")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Hit(SiteStore.edition(rs, n), rs.getString("site_name"),
                        Highlights.excerpt(coalesce(rs.getString("summary")) + " " + rs.getString("plain_text"), terms)))
                .list().forEach(h -> hits.put(h.edition().id(), h));
        return ids.stream().map(hits::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String coalesce(String s) {
        return s == null ? "" : s;
    }

    @Transactional(readOnly = true)
    public List<Section> sections(long siteId) {
        return store.sections(siteId);
    }

    /** Every live article of every switched-on site, for sitemap.xml. */
    @Transactional(readOnly = true)
    public List<Edition> everything(int limit) {
        return jdbc.sql(SiteStore.EDITION + " WHERE e.state = 'PUBLISHED' AND s.enabled ORDER BY e.published_at DESC LIMIT :l")
                .param("l", limit).query(SiteStore::edition).list();
    }
}
