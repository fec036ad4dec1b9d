package vn.parcomms.sites;

/**
 * A file a "document" article offers for download: /{site}/tep/{id}/{name}.
 *
 * @param name the name it was uploaded with (what the reader's browser saves it as)
 * @param mediaType its type, read from the content
 */
public record ArticleFile(long id, long siteId, String siteSlug, String fileKey, String name, String mediaType, long size) {

    public String url() {
        return "/" + siteSlug + "/tep/" + id + "/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** "PDF", "DOCX", … for the download link. */
    public String format() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? mediaType : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** "245 KB", "1,2 MB". */
    public String sizeLabel() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", size / 1024.0 / 1024.0);
    }
}
