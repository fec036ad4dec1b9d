package vn.parcomms.sites;

import java.time.Instant;

/** Something that happened to an article: created, saved, submitted, rejected (with the comment), published… */
public record ArticleEvent(int edition, String kind, String userName, String detail, Instant at) {
}
