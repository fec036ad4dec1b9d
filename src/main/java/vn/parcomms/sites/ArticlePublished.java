package vn.parcomms.sites;

import java.time.LocalDate;

/**
 * An edition went live or was taken down: the reader pages of its site change, and a first
 * publication serving a task occurrence is recorded as an activity of the site's body.
 *
 * @param live whether the edition is now published (false when taken down)
 * @param organizationId the body whose site it is
 * @param occurrenceId the task occurrence the article serves, or {@code null}
 * @param path the reader's address below the platform: /{site}/bai/{id}-{slug}
 */
public record ArticlePublished(long editionId, long articleId, long siteId, boolean live, long organizationId,
        Long occurrenceId, String title, String path, LocalDate publishedOn) {
}
