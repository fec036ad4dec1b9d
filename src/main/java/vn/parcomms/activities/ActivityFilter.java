package vn.parcomms.activities;

import java.time.LocalDate;

/**
 * Which activities to list.
 *
 * @param status review state
 * @param occurrenceId the task occurrence served
 * @param from activities ending on or after this day
 * @param to activities starting on or before this day
 * @param organizationId the body, with the bodies under it
 * @param channel channel code
 */
public record ActivityFilter(ActivityStatus status, Long occurrenceId, LocalDate from, LocalDate to, Long organizationId,
        String channel) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null);
    }
}
