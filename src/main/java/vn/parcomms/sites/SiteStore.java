package vn.parcomms.sites;

import static vn.parcomms.shared.JdbcRows.instant;
import static vn.parcomms.shared.JdbcRows.nullableLong;
import static vn.parcomms.shared.JdbcRows.strings;
import static vn.parcomms.shared.JdbcRows.textArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites, sections, articles and their editions, revisions and events, in SQL. */
@Repository
class SiteStore {

    private static final String SITE = """
            SELECT s.*, o.name AS organization_name, o.path AS organization_path
            FROM site s JOIN organization o ON o.id = s.organization_id
            """;

    static final String EDITION = """
            SELECT e.*, a.site_id, a.slug, s.slug AS site_slug, o.path AS organization_path,
                   sec.name AS section_name, sec.slug AS section_slug
            FROM article_edition e JOIN article a ON a.id = e.article_id JOIN site s ON s.id = a.site_id
            JOIN organization o ON o.id = s.organization_id LEFT JOIN site_section sec ON sec.id = e.section_id
            """;

    private final JdbcClient jdbc;

    SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Site> site(long id) {
        return jdbc.sql(SITE + " WHERE s.id = :id").param("id", id).query(SiteStore::site).optional();
    }

    Optional<Site> siteBySlug(String slug) {
        return jdbc.sql(SITE + " WHERE s.slug = :slug").param("slug", slug).query(SiteStore::site).optional();
    }

    Optional<Site> siteOf(long organizationId) {
        return jdbc.sql(SITE + " WHERE s.organization_id = :o").param("o", organizationId).query(SiteStore::site).optional();
    }

    List<Site> sites() {
        return jdbc.sql(SITE + " ORDER BY s.name").query(SiteStore::site).list();
    }

    boolean slugTaken(String slug, Long exceptSite) {
        return jdbc.sql("SELECT count(*) FROM site WHERE slug = :slug AND id <> coalesce(:id, -1)").param("slug", slug)
                .param("id", exceptSite).query(Long.class).single() > 0;
    }

    long insertSite(long organizationId, SiteDraft d) {
        return jdbc.sql("""
                INSERT INTO site (organization_id, slug, name, tagline, hotline, email, address, regulation, enabled)
                VALUES (:o, :slug, :name, :tagline, :hotline, :email, :address, :regulation, :enabled) RETURNING id
                """).param("o", organizationId).param("slug", d.slug()).param("name", d.name()).param("tagline", d.tagline())
                .param("hotline", d.hotline()).param("email", d.email()).param("address", d.address())
                .param("regulation", d.regulation()).param("enabled", d.enabled() == null || d.enabled())
                .query(Long.class).single();
    }

    boolean updateSite(long id, SiteDraft d, int version) {
        return jdbc.sql("""
                UPDATE site SET slug = :slug, name = :name, tagline = :tagline, hotline = :hotline, email = :email,
                       address = :address, regulation = :regulation, enabled = :enabled, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).param("slug", d.slug()).param("name", d.name()).param("tagline", d.tagline())
                .param("hotline", d.hotline()).param("email", d.email()).param("address", d.address())
                .param("regulation", d.regulation()).param("enabled", d.enabled() == null || d.enabled())
                .param("id", id).param("version", version).update() == 1;
    }

    /** A site's sections in tree order: each top-level section by position, followed by the sections under it. */
    List<Section> sections(long siteId) {
        List<Section> all = jdbc.sql("SELECT * FROM site_section WHERE site_id = :s ORDER BY position, name, id").param("s", siteId)
                .query((rs, n) -> new Section(rs.getLong("id"), rs.getLong("site_id"), nullableLong(rs, "parent_id"),
                        rs.getString("slug"), rs.getString("name"), rs.getInt("position"), rs.getInt("version"))).list();
        List<Section> ordered = new java.util.ArrayList<>(all.size());
        addBelow(all, null, ordered);
        return ordered;
    }

    private static void addBelow(List<Section> all, Long parentId, List<Section> ordered) {
        for (Section s : all) {
            if (java.util.Objects.equals(s.parentId(), parentId)) {
                ordered.add(s);
                addBelow(all, s.id(), ordered);
            }
        }
    }

    boolean updateSection(long sectionId, String slug, String name, int version) {
        return jdbc.sql("UPDATE site_section SET slug = :slug, name = :name, version = version + 1 WHERE id = :id AND version = :v")
                .param("slug", slug).param("name", name).param("id", sectionId).param("v", version).update() == 1;
    }

    void positionSection(long sectionId, int position) {
        jdbc.sql("UPDATE site_section SET position = :p WHERE id = :id").param("p", position).param("id", sectionId).update();
    }

    /** Moves every edition (of any state) filed under a section to another section, or to none. */
    int moveEditions(long fromSection, Long toSection) {
        return jdbc.sql("UPDATE article_edition SET section_id = :to WHERE section_id = :from").param("to", toSection)
                .param("from", fromSection).update();
    }

    int editionsIn(long sectionId) {
        return jdbc.sql("SELECT count(DISTINCT article_id) FROM article_edition WHERE section_id = :s").param("s", sectionId)
                .query(Integer.class).single();
    }

    void deleteSection(long sectionId) {
        jdbc.sql("DELETE FROM site_section WHERE id = :id").param("id", sectionId).update();
    }

    void insertSection(long siteId, Long parentId, String slug, String name, int position) {
        jdbc.sql("INSERT INTO site_section (site_id, parent_id, slug, name, position) VALUES (:s, :p, :slug, :name, :pos)")
                .param("s", siteId).param("p", parentId).param("slug", slug).param("name", name).param("pos", position).update();
    }

    long insertArticle(long siteId, String slug) {
        return jdbc.sql("INSERT INTO article (site_id, slug) VALUES (:s, :slug) RETURNING id").param("s", siteId)
                .param("slug", slug).query(Long.class).single();
    }

    void updateSlug(long articleId, String slug) {
        jdbc.sql("UPDATE article SET slug = :slug WHERE id = :id").param("slug", slug).param("id", articleId).update();
    }

    long insertEdition(long articleId, int edition, ArticleDraft d, String body, String text, String video, Long userId,
            String userName) {
        return jdbc.sql("""
                INSERT INTO article_edition (article_id, edition, state, kind, section_id, title, summary, body, plain_text,
                                             video_url, topics, tags, author_id, author_name, occurrence_id, cover_image_id,
                                             attachment_id)
                VALUES (:a, :edition, 'DRAFT', :kind, :section, :title, :summary, :body, :text, :video, :topics, :tags,
                        :author, :authorName, :occurrence, :cover, :attachment) RETURNING id
                """).param("a", articleId).param("edition", edition).param("kind", d.kind().name())
                .param("section", d.sectionId()).param("title", d.title()).param("summary", d.summary()).param("body", body)
                .param("text", text).param("video", video).param("topics", textArray(list(d.topics())))
                .param("tags", textArray(list(d.tags()))).param("author", userId).param("authorName", userName)
                .param("occurrence", d.occurrenceId()).param("cover", d.coverImageId()).param("attachment", d.attachmentId())
                .query(Long.class).single();
    }

    boolean updateContent(long id, ArticleDraft d, String body, String text, String video, int version, ArticleState state) {
        return jdbc.sql("""
                UPDATE article_edition SET kind = :kind, section_id = :section, title = :title, summary = :summary, body = :body,
                       plain_text = :text, video_url = :video, topics = :topics, tags = :tags, state = :state,
                       occurrence_id = :occurrence, cover_image_id = :cover, attachment_id = :attachment,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).param("kind", d.kind().name()).param("section", d.sectionId()).param("title", d.title())
                .param("summary", d.summary()).param("body", body).param("text", text).param("video", video)
                .param("topics", textArray(list(d.topics()))).param("tags", textArray(list(d.tags())))
                .param("state", state.name()).param("occurrence", d.occurrenceId()).param("cover", d.coverImageId())
                .param("attachment", d.attachmentId()).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Moves an edition to a state, with what the move records; false when someone else changed it first. */
    boolean transition(long id, int version, ArticleState to, String setClause, java.util.Map<String, Object> params) {
        return jdbc.sql("UPDATE article_edition SET state = :to, version = version + 1, updated_at = now()"
                + (setClause.isEmpty() ? "" : ", " + setClause) + " WHERE id = :id AND version = :version")
                .params(params).param("to", to.name()).param("id", id).param("version", version).update() == 1;
    }

    void supersedeLive(long articleId, long exceptEdition) {
        jdbc.sql("""
                UPDATE article_edition SET state = 'SUPERSEDED', version = version + 1, updated_at = now()
                WHERE article_id = :a AND id <> :e AND state IN ('PUBLISHED', 'UNPUBLISHED')
                """).param("a", articleId).param("e", exceptEdition).update();
    }

    Optional<Edition> edition(long id) {
        return jdbc.sql(EDITION + " WHERE e.id = :id").param("id", id).query(SiteStore::edition).optional();
    }

    List<Edition> editions(long articleId) {
        return jdbc.sql(EDITION + " WHERE e.article_id = :a ORDER BY e.edition DESC").param("a", articleId)
                .query(SiteStore::edition).list();
    }

    int lastEdition(long articleId) {
        return jdbc.sql("SELECT max(edition) FROM article_edition WHERE article_id = :a").param("a", articleId)
                .query(Integer.class).single();
    }

    /** The editions being worked on and the live ones of a site, newest change first. */
    List<Edition> workOf(long siteId, ArticleState state, int offset, int limit) {
        return jdbc.sql(EDITION + """
                 WHERE a.site_id = :s AND e.state <> 'SUPERSEDED' AND (CAST(:state AS text) IS NULL OR e.state = CAST(:state AS text))
                 ORDER BY e.updated_at DESC, e.id DESC OFFSET :offset LIMIT :limit
                """).param("s", siteId).param("state", state == null ? null : state.name()).param("offset", offset)
                .param("limit", limit).query(SiteStore::edition).list();
    }

    List<Edition> forcedAwaitingReview(long siteId) {
        return jdbc.sql(EDITION + " WHERE a.site_id = :s AND e.state = 'PUBLISHED' AND e.force_published AND e.force_reviewed_by IS NULL"
                + " ORDER BY e.published_at DESC").param("s", siteId).query(SiteStore::edition).list();
    }

    List<Long> dueForPublication(Instant now) {
        return jdbc.sql("SELECT id FROM article_edition WHERE state = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    int nextRevision(long editionId) {
        return jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM article_revision WHERE edition_id = :e")
                .param("e", editionId).query(Integer.class).single();
    }

    void insertRevision(long editionId, String title, String summary, String body, Long userId, String userName) {
        jdbc.sql("""
                INSERT INTO article_revision (edition_id, revision, title, summary, body, edited_by, editor_name)
                VALUES (:e, (SELECT coalesce(max(revision), 0) + 1 FROM article_revision WHERE edition_id = :e),
                        :title, :summary, :body, :by, :name)
                """).param("e", editionId).param("title", title).param("summary", summary).param("body", body)
                .param("by", userId).param("name", userName).update();
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql("""
                SELECT r.*, e.edition FROM article_revision r JOIN article_edition e ON e.id = r.edition_id
                WHERE e.article_id = :a ORDER BY e.edition DESC, r.revision DESC
                """).param("a", articleId).query((rs, n) -> new Revision(rs.getLong("id"), rs.getInt("edition"),
                        rs.getInt("revision"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
                        rs.getString("editor_name"), instant(rs, "edited_at"))).list();
    }

    void event(long editionId, String kind, Long userId, String userName, String detail) {
        jdbc.sql("INSERT INTO article_event (edition_id, kind, user_id, user_name, detail) VALUES (:e, :k, :u, :n, :d)")
                .param("e", editionId).param("k", kind).param("u", userId).param("n", userName).param("d", detail).update();
    }

    List<ArticleEvent> events(long articleId) {
        return jdbc.sql("""
                SELECT ev.*, e.edition FROM article_event ev JOIN article_edition e ON e.id = ev.edition_id
                WHERE e.article_id = :a ORDER BY ev.id DESC
                """).param("a", articleId).query((rs, n) -> new ArticleEvent(rs.getInt("edition"), rs.getString("kind"),
                        rs.getString("user_name"), rs.getString("detail"), instant(rs, "at"))).list();
    }

    boolean fileOfSite(long fileId, long siteId) {
        return jdbc.sql("SELECT count(*) FROM article_file WHERE id = :f AND site_id = :s").param("f", fileId)
                .param("s", siteId).query(Long.class).single() > 0;
    }

    boolean imageOfSite(long imageId, long siteId) {
        return jdbc.sql("SELECT count(*) FROM article_image WHERE id = :i AND site_id = :s").param("i", imageId)
                .param("s", siteId).query(Long.class).single() > 0;
    }

    boolean highlighted(long articleId) {
        return jdbc.sql("SELECT highlighted_at IS NOT NULL FROM article WHERE id = :a").param("a", articleId)
                .query(Boolean.class).single();
    }

    void highlight(long articleId, boolean highlighted) {
        jdbc.sql("UPDATE article SET highlighted_at = CASE WHEN :h THEN now() END WHERE id = :a").param("h", highlighted)
                .param("a", articleId).update();
    }

    void insertNote(long articleId, Long userId, String userName, String text) {
        jdbc.sql("INSERT INTO article_note (article_id, user_id, user_name, text) VALUES (:a, :u, :n, :t)")
                .param("a", articleId).param("u", userId).param("n", userName).param("t", text).update();
    }

    List<ArticleNote> notes(long articleId) {
        return jdbc.sql("SELECT * FROM article_note WHERE article_id = :a ORDER BY id DESC").param("a", articleId)
                .query((rs, n) -> new ArticleNote(rs.getString("user_name"), rs.getString("text"), instant(rs, "created_at")))
                .list();
    }

    /** The site of the nearest body above the given one that has a switched-on site. */
    Optional<Site> parentSite(String organizationPath, long organizationId) {
        return jdbc.sql(SITE + """
                 WHERE s.enabled AND s.organization_id <> :org
                   AND :path LIKE o.path || '%'
                 ORDER BY length(o.path) DESC LIMIT 1
                """).param("org", organizationId).param("path", organizationPath).query(SiteStore::site).optional();
    }

    boolean insertForward(long articleId, long toSite, Long userId) {
        return jdbc.sql("""
                INSERT INTO article_forward (article_id, to_site_id, status, sent_by) VALUES (:a, :s, 'PENDING', :u)
                ON CONFLICT (article_id, to_site_id) DO NOTHING
                """).param("a", articleId).param("s", toSite).param("u", userId).update() == 1;
    }

    private static final String FORWARD = """
            SELECT f.*, e.title, e.article_id, fs.name AS from_name, fs.slug AS from_slug, a.slug AS article_slug
            FROM article_forward f JOIN article a ON a.id = f.article_id JOIN site fs ON fs.id = a.site_id
            JOIN article_edition e ON e.article_id = a.id AND e.state = 'PUBLISHED'
            """;

    List<Forward> forwards(long toSite, String status) {
        return jdbc.sql(FORWARD + " WHERE f.to_site_id = :s AND (CAST(:st AS text) IS NULL OR f.status = CAST(:st AS text))"
                + " ORDER BY f.created_at DESC LIMIT 100").param("s", toSite).param("st", status)
                .query(SiteStore::forward).list();
    }

    Optional<Forward> forward(long id) {
        return jdbc.sql(FORWARD + " WHERE f.id = :id").param("id", id).query(SiteStore::forward).optional();
    }

    boolean decideForward(long id, String status, String comment, Long userId) {
        return jdbc.sql("""
                UPDATE article_forward SET status = :st, comment = :c, decided_by = :u, decided_at = now()
                WHERE id = :id AND status = 'PENDING'
                """).param("st", status).param("c", comment).param("u", userId).param("id", id).update() == 1;
    }

    private static Forward forward(ResultSet rs, int n) throws SQLException {
        long article = rs.getLong("article_id");
        return new Forward(rs.getLong("id"), article, rs.getString("title"), rs.getString("from_name"), rs.getString("from_slug"),
                "/" + rs.getString("from_slug") + "/bai/" + article + "-" + rs.getString("article_slug"), rs.getLong("to_site_id"),
                rs.getString("status"), rs.getString("comment"), instant(rs, "created_at"));
    }

    static Site site(ResultSet rs, int n) throws SQLException {
        return new Site(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_path"), rs.getString("slug"), rs.getString("name"), rs.getString("tagline"),
                rs.getString("hotline"), rs.getString("email"), rs.getString("address"), rs.getString("regulation"),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }

    static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("site_id"), rs.getString("site_slug"),
                rs.getString("organization_path"), rs.getInt("edition"), ArticleState.valueOf(rs.getString("state")),
                ArticleKind.valueOf(rs.getString("kind")), nullableLong(rs, "section_id"), rs.getString("section_name"),
                rs.getString("section_slug"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body"), rs.getString("video_url"), strings(rs, "topics"), strings(rs, "tags"),
                nullableLong(rs, "author_id"), rs.getString("author_name"), nullableLong(rs, "submitted_by"),
                instant(rs, "submitted_at"), rs.getString("review_comment"), instant(rs, "scheduled_at"),
                instant(rs, "published_at"), nullableLong(rs, "published_by"), rs.getBoolean("force_published"),
                nullableLong(rs, "force_reviewed_by"), rs.getString("unpublish_reason"), rs.getString("unpublish_note"),
                nullableLong(rs, "occurrence_id"), nullableLong(rs, "activity_id"), nullableLong(rs, "cover_image_id"),
                nullableLong(rs, "attachment_id"), rs.getInt("version"),
                instant(rs, "updated_at"));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
