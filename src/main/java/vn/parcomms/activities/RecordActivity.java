package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a body records, or corrects, about an activity.
 *
 * @param organizationId the recording body
 * @param occurrenceId the task occurrence it serves; empty for work outside the plan
 * @param startDate first day
 * @param endDate last day (the first day when empty)
 * @param channel channel code
 * @param deliverable deliverable type code
 * @param title title
 * @param description description
 * @param links links, one per entry
 * @param reach reach figures
 * @param topics topic codes
 * @param audiences audience codes
 * @param version the version being corrected (ignored when recording)
 */
public record RecordActivity(
        @NotNull(message = "{validation.required}") Long organizationId,
        Long occurrenceId,
        @NotNull(message = "{validation.required}") LocalDate startDate,
        LocalDate endDate,
        @NotBlank(message = "{validation.required}") String channel,
        String deliverable,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}") String title,
        @Size(max = 20_000, message = "{validation.max-length}") String description,
        List<@Size(max = 2_000, message = "{validation.max-length}") String> links,
        @Valid ReachFigures reach,
        List<String> topics,
        List<String> audiences,
        Integer version) {

    /**
     * Reach figures as entered; none may be negative.
     *
     * @param views views
     * @param listeners listeners
     * @param participants participants
     * @param copies copies printed
     * @param broadcasts broadcasts
     * @param durationMinutes duration in minutes
     */
    public record ReachFigures(
            @PositiveOrZero(message = "{activity.reach.negative}") Long views,
            @PositiveOrZero(message = "{activity.reach.negative}") Long listeners,
            @PositiveOrZero(message = "{activity.reach.negative}") Long participants,
            @PositiveOrZero(message = "{activity.reach.negative}") Long copies,
            @PositiveOrZero(message = "{activity.reach.negative}") Integer broadcasts,
            @PositiveOrZero(message = "{activity.reach.negative}") Integer durationMinutes) {
    }
}
