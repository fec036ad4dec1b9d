package vn.parcomms.sites;

import java.time.Instant;

/** One saved version of an edition's text. */
public record Revision(long id, int edition, int revision, String title, String summary, String body, String editorName,
        Instant editedAt) {
}
