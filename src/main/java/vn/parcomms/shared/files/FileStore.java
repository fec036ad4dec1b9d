package vn.parcomms.shared.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.Texts;

/**
 * Uploaded files (activity evidence, report attachments) on the local disk under {@code <data-dir>/files}. A file is copied to a fresh
 * name (never over an existing one) while its size is counted and its SHA-256 computed; its type is
 * read from the content, not the name; images get a small JPEG thumbnail. Files written inside a
 * transaction that rolls back are deleted, so a failed save leaves no orphan behind.
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Accepted content types, as detected. */
    static final Set<String> ALLOWED = Set.of("application/pdf", DOCX, XLSX, PPTX, "application/msword",
            "application/vnd.ms-excel", "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
            "audio/mpeg", "audio/mp4", "audio/x-wav", "audio/vnd.wave", "audio/wav", "audio/ogg", "audio/vorbis",
            "audio/opus", "audio/x-m4a", "video/mp4", "video/quicktime", "video/webm", "video/x-m4v", "video/3gpp");

    /** What each known extension must contain; a file whose name lies about its content is refused. */
    private static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("docx", Set.of(DOCX)), Map.entry("xlsx", Set.of(XLSX)), Map.entry("pptx", Set.of(PPTX)),
            Map.entry("doc", Set.of("application/msword", "application/x-tika-msoffice")),
            Map.entry("xls", Set.of("application/vnd.ms-excel", "application/x-tika-msoffice")),
            Map.entry("jpg", Set.of("image/jpeg")), Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("png", Set.of("image/png")), Map.entry("gif", Set.of("image/gif")),
            Map.entry("webp", Set.of("image/webp")), Map.entry("heic", Set.of("image/heic", "image/heif")),
            Map.entry("mp3", Set.of("audio/mpeg")), Map.entry("m4a", Set.of("audio/mp4", "audio/x-m4a", "video/mp4")),
            Map.entry("wav", Set.of("audio/x-wav", "audio/vnd.wave", "audio/wav")),
            Map.entry("ogg", Set.of("audio/ogg", "audio/vorbis", "audio/opus", "video/ogg")),
            Map.entry("mp4", Set.of("video/mp4", "audio/mp4")), Map.entry("mov", Set.of("video/quicktime")),
            Map.entry("webm", Set.of("video/webm", "audio/webm")), Map.entry("3gp", Set.of("video/3gpp")));

    private static final int THUMBNAIL_WIDTH = 480;
    private static final long MAX_THUMBNAIL_PIXELS = 60_000_000L;

    private final Tika tika = new Tika();
    private final Path root;
    private final DataSize maxFileSize;

    FileStore(@Value("${parcomms.data-dir}") String dataDir,
            @Value("${parcomms.evidence.directory:}") String directory,
            @Value("${parcomms.evidence.max-file-size:25MB}") DataSize maxFileSize) {
        this.root = Path.of(directory == null || directory.isBlank() ? dataDir + "/files" : directory).toAbsolutePath();
        this.maxFileSize = maxFileSize;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /**
     * A file as stored.
     *
     * @param key where it lies under the root
     * @param originalName the name it was uploaded with
     * @param mediaType its type, detected from the content
     * @param size bytes
     * @param sha256 checksum
     * @param thumbnailKey its thumbnail, for images
     */
    public record StoredFile(String key, String originalName, String mediaType, long size, String sha256, String thumbnailKey) {
    }

    /** Checks and stores the uploads; any refusal names the file and stores none of them. */
    public List<StoredFile> storeAll(List<MultipartFile> uploads) {
        List<StoredFile> stored = new ArrayList<>();
        try {
            for (MultipartFile upload : uploads) {
                if (upload == null || upload.isEmpty() && (upload.getOriginalFilename() == null
                        || upload.getOriginalFilename().isBlank())) {
                    continue;
                }
                stored.add(store(upload));
            }
        } catch (RuntimeException e) {
            stored.forEach(this::delete);
            throw e;
        }
        return stored;
    }

    public StoredFile store(MultipartFile upload) {
        String name = safeName(upload.getOriginalFilename());
        if (upload.isEmpty()) {
            throw new InvalidInputException("files", "activity.evidence.empty", name);
        }
        if (upload.getSize() > maxFileSize.toBytes()) {
            throw new InvalidInputException("files", "activity.evidence.too-large", name, maxFileSize.toMegabytes());
        }
        String key = LocalDate.now().toString().substring(0, 7).replace('-', '/') + "/" + UUID.randomUUID();
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            String sha256;
            long size;
            // CREATE_NEW: a file is never written over another.
            try (InputStream in = upload.getInputStream();
                    DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                size = copyAtMost(digest, out, maxFileSize.toBytes());
                sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            }
            if (size < 0) {
                Files.deleteIfExists(target);
                throw new InvalidInputException("files", "activity.evidence.too-large", name, maxFileSize.toMegabytes());
            }
            registerCleanup(target);
            String type = detect(target, name);
            String extension = extensionOf(name);
            Set<String> expected = EXTENSIONS.get(extension);
            if (expected != null && !expected.contains(type)) {
                throw new InvalidInputException("files", "activity.evidence.type-mismatch", name, extension, type);
            }
            if (!ALLOWED.contains(type)) {
                throw new InvalidInputException("files", "activity.evidence.type-not-allowed", name, type);
            }
            String thumbnailKey = type.startsWith("image/") ? thumbnail(target, key) : null;
            return new StoredFile(key, name, type, size, sha256, thumbnailKey);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("Không lưu được tệp minh chứng " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            deleteQuietly(root.resolve(key + ".thumb.jpg"));
            throw e;
        }
    }

    public Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store");
        }
        return path;
    }

    public void delete(StoredFile file) {
        deleteQuietly(root.resolve(file.key()));
        if (file.thumbnailKey() != null) {
            deleteQuietly(root.resolve(file.thumbnailKey()));
        }
    }

    /** Type from the content; OOXML containers are told apart by their parts, not by the file name. */
    public String detect(Path file, String name) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = tika.detect(in, name);
        }
        if (type.equals(DOCX) || type.equals(XLSX) || type.equals(PPTX) || type.equals("application/x-tika-ooxml")
                || type.equals("application/zip")) {
            String ooxml = ooxmlType(file);
            return ooxml == null ? type : ooxml;
        }
        return type;
    }

    private static String ooxmlType(Path file) {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            boolean contentTypes = false;
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2_000) {
                String entryName = entry.getName();
                if (entryName.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (entryName.equals("word/document.xml")) {
                    return DOCX;
                } else if (entryName.equals("xl/workbook.xml")) {
                    return XLSX;
                } else if (entryName.equals("ppt/presentation.xml")) {
                    return PPTX;
                }
            }
            return contentTypes ? "application/x-tika-ooxml" : "application/zip";
        } catch (IOException e) {
            return "application/zip";
        }
    }

    private String thumbnail(Path source, String key) {
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_THUMBNAIL_PIXELS) {
                    return null;
                }
                BufferedImage image = reader.read(0);
                int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
                int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
                BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = small.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.drawImage(image, 0, 0, width, height, null);
                g.dispose();
                String thumbnailKey = key + ".thumb.jpg";
                Path target = root.resolve(thumbnailKey);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    ImageIO.write(small, "jpg", out);
                }
                registerCleanup(target);
                return thumbnailKey;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            log.info("No thumbnail for {}: {}", key, e.toString());
            return null;
        }
    }

    /** Copies up to {@code limit} bytes; returns the count, or -1 when the stream holds more. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** Deletes the file if the surrounding transaction does not commit. */
    private static void registerCleanup(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The base name only, NFC, without control characters, at most 255 characters. */
    static String safeName(String original) {
        String name = Texts.clean(original);
        if (name == null) {
            return "tep-minh-chung";
        }
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
        if (name.isBlank()) {
            return "tep-minh-chung";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
