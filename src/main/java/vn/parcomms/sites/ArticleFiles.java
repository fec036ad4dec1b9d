package vn.parcomms.sites;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.files.FileStore;

/**
 * Downloadable documents for articles: stored through the platform's file store (type read from the
 * content, a name that lies about it refused), limited to PDF and Office files. Readers get a file only
 * while a published edition on a switched-on site offers it, so a draft's attachment stays private.
 */
@Component
public class ArticleFiles {

    private static final Set<String> TYPES = Set.of("application/pdf", FileStore.DOCX, FileStore.XLSX, FileStore.PPTX,
            "application/msword", "application/vnd.ms-excel");

    private final FileStore files;
    private final JdbcClient jdbc;
    private final SiteManagement sites;
    private final AccessPolicy access;

    ArticleFiles(FileStore files, JdbcClient jdbc, SiteManagement sites, AccessPolicy access) {
        this.files = files;
        this.jdbc = jdbc;
        this.sites = sites;
        this.access = access;
    }

    @Transactional
    public ArticleFile upload(long siteId, MultipartFile upload) {
        SiteUploads.checkWriter(access, sites.site(siteId));
        FileStore.StoredFile stored = SiteUploads.store(files, upload, "attachment");
        if (!TYPES.contains(stored.mediaType())) {
            files.delete(stored);
            throw new InvalidInputException("attachment", "article.file.type", stored.originalName(), stored.mediaType());
        }
        long id = jdbc.sql("""
                INSERT INTO article_file (site_id, file_key, original_name, media_type, size, sha256, uploaded_by)
                VALUES (:s, :k, :n, :t, :size, :h, :u) RETURNING id
                """).param("s", siteId).param("k", stored.key()).param("n", stored.originalName())
                .param("t", stored.mediaType()).param("size", stored.size()).param("h", stored.sha256())
                .param("u", access.currentActor().userId()).query(Long.class).single();
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ArticleFile> find(long id) {
        return jdbc.sql("SELECT f.*, s.slug FROM article_file f JOIN site s ON s.id = f.site_id WHERE f.id = :id")
                .param("id", id).query((rs, n) -> new ArticleFile(rs.getLong("id"), rs.getLong("site_id"), rs.getString("slug"),
                        rs.getString("file_key"), rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size")))
                .optional();
    }

    /** A file for readers: only while a published edition of an article on the (switched-on) site offers it. */
    @Transactional(readOnly = true)
    public Optional<Download> published(String siteSlug, long id) {
        boolean offered = jdbc.sql("""
                SELECT count(*) FROM article_edition e JOIN article a ON a.id = e.article_id JOIN site s ON s.id = a.site_id
                WHERE e.attachment_id = :id AND e.state = 'PUBLISHED' AND s.slug = :slug AND s.enabled
                """).param("id", id).param("slug", siteSlug).query(Long.class).single() > 0;
        return offered ? find(id).map(f -> new Download(f, files.resolve(f.fileKey()))) : Optional.empty();
    }

    /** A file and where it lies. */
    public record Download(ArticleFile file, Path path) {
    }
}
