package vn.parcomms.sites;

import java.time.Instant;

/**
 * An article offered to the parent body's site.
 *
 * @param status PENDING, ACCEPTED or DECLINED
 */
public record Forward(long id, long articleId, String title, String fromSiteName, String fromSiteSlug, String path,
        long toSiteId, String status, String comment, Instant createdAt) {
}
