package vn.parcomms.activities;

/**
 * A link to evidence published elsewhere, with the title captured from the page.
 *
 * @param url the link
 * @param title the page's title, or {@code null} while not (or not yet) captured
 */
public record EvidenceLink(String url, String title) {
}
