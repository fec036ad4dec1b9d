package vn.parcomms.sites;

import java.time.Instant;
import java.util.List;

import vn.parcomms.access.ScopedResource;

/** One edition of an article: its content and where it stands in the workflow. */
public record Edition(long id, long articleId, long siteId, String siteSlug, String organizationPath, int edition,
        ArticleState state, ArticleKind kind, Long sectionId, String sectionName, String sectionSlug, String slug,
        String title, String summary, String body, String videoUrl, List<String> topics, List<String> tags, Long authorId,
        String authorName, Long submittedBy, Instant submittedAt, String reviewComment, Instant scheduledAt,
        Instant publishedAt, Long publishedBy, boolean forcePublished, Long forceReviewedBy, String unpublishReason,
        String unpublishNote, Long occurrenceId, Long activityId, Long coverImageId, Long attachmentId, int version, Instant updatedAt)
        implements ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }

    /** Whether the user wrote or submitted it: they may not review it. */
    public boolean isOwnedBy(Long userId) {
        return userId != null && (userId.equals(authorId) || userId.equals(submittedBy));
    }

    /** The reader's address below the site: bai/12-slug. */
    public String path() {
        return "bai/" + articleId + "-" + slug;
    }
}
