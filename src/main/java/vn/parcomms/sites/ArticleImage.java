package vn.parcomms.sites;

import java.util.List;

/**
 * An uploaded image with the widths it is served at: /{site}/anh/{id}-{width}.jpg.
 *
 * @param alt the text read out instead of the image
 */
public record ArticleImage(long id, long siteId, String siteSlug, String fileKey, int width, int height, List<Integer> widths,
        String alt) {

    public String url(int wanted) {
        int best = widths.getFirst();
        for (int w : widths) {
            if (w <= wanted) {
                best = w;
            }
        }
        return "/" + siteSlug + "/anh/" + id + "-" + best + ".jpg";
    }

    public String srcset() {
        return String.join(", ", widths.stream().map(w -> "/" + siteSlug + "/anh/" + id + "-" + w + ".jpg " + w + "w").toList());
    }
}
