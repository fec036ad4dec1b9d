package vn.parcomms.sites;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a writer saves: the content of an edition. The body is the editor's HTML, sanitised on save.
 *
 * @param occurrenceId the task occurrence the article serves, if any: its publication is recorded as an activity
 * @param coverImageId the cover or infographic image, uploaded to the site first
 * @param attachmentId the file a "document" article offers for download, uploaded to the site first
 * @param version the edition's version the writer started from ({@code null} for a new article)
 */
public record ArticleDraft(
        @NotNull(message = "{validation.required}") ArticleKind kind,
        Long sectionId,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.max-length}") String title,
        @Size(max = 1000, message = "{validation.max-length}") String summary,
        @Size(max = 200_000, message = "{validation.max-length}") String body,
        @Size(max = 500, message = "{validation.max-length}") String videoUrl,
        List<@Size(max = 60, message = "{validation.max-length}") String> topics,
        List<@Size(max = 60, message = "{validation.max-length}") String> tags,
        Long occurrenceId,
        Long coverImageId,
        Long attachmentId,
        Integer version) {
}
