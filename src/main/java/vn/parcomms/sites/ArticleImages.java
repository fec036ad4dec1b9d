package vn.parcomms.sites;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.files.FileStore;

/**
 * Images for articles: stored through the platform's file store (type read from the content), then
 * resized to 480, 960 and 1600 pixels wide (never enlarged) as JPEG. Images over 40 megapixels are
 * refused before they are decoded, so a huge image cannot exhaust memory.
 */
@Component
public class ArticleImages {

    static final int[] WIDTHS = {480, 960, 1600};
    private static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/gif");

    private final FileStore files;
    private final JdbcClient jdbc;
    private final SiteManagement sites;
    private final AccessPolicy access;

    ArticleImages(FileStore files, JdbcClient jdbc, SiteManagement sites, AccessPolicy access) {
        this.files = files;
        this.jdbc = jdbc;
        this.sites = sites;
        this.access = access;
    }

    @Transactional
    public ArticleImage upload(long siteId, MultipartFile upload, String alt) {
        SiteUploads.checkWriter(access, sites.site(siteId));
        if (alt == null || alt.isBlank()) {
            throw new InvalidInputException("alt", "article.image.alt-required");
        }
        if (alt.length() > 500) {
            throw new InvalidInputException("alt", "validation.max-length");
        }
        FileStore.StoredFile stored = SiteUploads.store(files, upload, "image");
        try {
            if (!TYPES.contains(stored.mediaType())) {
                throw new InvalidInputException("image", "article.image.type", stored.originalName(), stored.mediaType());
            }
            Path source = files.resolve(stored.key());
            BufferedImage image = read(source, stored.originalName());
            List<Integer> widths = new ArrayList<>();
            for (int width : WIDTHS) {
                if (width < image.getWidth() || widths.isEmpty() && width >= image.getWidth()) {
                    int w = Math.min(width, image.getWidth());
                    write(image, w, files.resolve(stored.key() + ".w" + w + ".jpg"));
                    widths.add(w);
                }
            }
            long id = jdbc.sql("""
                    INSERT INTO article_image (site_id, file_key, original_name, media_type, sha256, width, height, widths, alt,
                                               uploaded_by)
                    VALUES (:s, :k, :n, :t, :h, :w, :ht, :ws, :alt, :u) RETURNING id
                    """).param("s", siteId).param("k", stored.key()).param("n", stored.originalName())
                    .param("t", stored.mediaType()).param("h", stored.sha256()).param("w", image.getWidth())
                    .param("ht", image.getHeight()).param("ws", widths.toArray(Integer[]::new)).param("alt", alt.strip())
                    .param("u", access.currentActor().userId()).query(Long.class).single();
            return find(id).orElseThrow();
        } catch (RuntimeException e) {
            files.delete(stored);
            for (int w : WIDTHS) {
                try {
                    Files.deleteIfExists(files.resolve(stored.key() + ".w" + w + ".jpg"));
                } catch (IOException ignored) {
                    // best effort
                }
            }
            throw e;
        }
    }

    public Optional<ArticleImage> find(long id) {
        return jdbc.sql("SELECT i.*, s.slug FROM article_image i JOIN site s ON s.id = i.site_id WHERE i.id = :id")
                .param("id", id).query((rs, n) -> new ArticleImage(rs.getLong("id"), rs.getLong("site_id"), rs.getString("slug"),
                        rs.getString("file_key"), rs.getInt("width"), rs.getInt("height"),
                        List.of((Integer[]) rs.getArray("widths").getArray()), rs.getString("alt"))).optional();
    }

    /** The file of an image at a width it was made at, for readers. */
    public Path file(String siteSlug, long id, int width) {
        ArticleImage image = find(id).filter(i -> i.siteSlug().equals(siteSlug) && i.widths().contains(width))
                .orElseThrow(() -> new NotFoundException("article.not-found", id));
        return files.resolve(image.fileKey() + ".w" + width + ".jpg");
    }

    private static BufferedImage read(Path source, String name) {
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new InvalidInputException("image", "article.image.unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidInputException("image", "article.image.too-many-pixels", name,
                            reader.getWidth(0) + "×" + reader.getHeight(0));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidInputException("image", "article.image.unreadable", name);
        }
    }

    private static void write(BufferedImage image, int width, Path target) {
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            ImageIO.write(out, "jpg", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
