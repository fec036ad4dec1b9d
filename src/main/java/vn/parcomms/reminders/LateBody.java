package vn.parcomms.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A body with overdue occurrences in a plan, for the coordinator's chase list.
 *
 * @param organizationId the body
 * @param name its name
 * @param occurrences its overdue occurrences, oldest due first
 * @param lastChasedAt when it was last chased for this plan, {@code null} if never
 */
public record LateBody(long organizationId, String name, List<LateOccurrence> occurrences, Instant lastChasedAt) {

    /**
     * One overdue occurrence.
     *
     * @param occurrenceId the occurrence
     * @param taskNumber its task's number
     * @param taskTitle its task's title
     * @param periodKey the period
     * @param dueDate the due date
     * @param daysLate days since the due date
     */
    public record LateOccurrence(long occurrenceId, String taskNumber, String taskTitle, String periodKey,
            LocalDate dueDate, long daysLate) {
    }
}
