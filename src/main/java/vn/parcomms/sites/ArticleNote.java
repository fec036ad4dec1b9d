package vn.parcomms.sites;

import java.time.Instant;

/** An internal note on an article, for the newsroom only (never shown to readers). */
public record ArticleNote(String userName, String text, Instant at) {
}
