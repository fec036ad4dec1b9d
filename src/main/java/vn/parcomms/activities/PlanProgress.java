package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a plan has got, computed from accepted activities: each occurrence is done when an
 * accepted activity serves it, done late when that activity ended after the due date.
 *
 * @param planId the plan
 * @param occurrences every occurrence with its state
 * @param bodies completion per lead body
 * @param done occurrences done (on time or late)
 * @param total all occurrences
 */
public record PlanProgress(long planId, List<OccurrenceProgress> occurrences, List<BodyProgress> bodies, int done,
        int total) {

    /** Share of occurrences done, 0–100. */
    public int percent() {
        return total == 0 ? 0 : Math.round(100f * done / total);
    }

    /** Where one occurrence stands. */
    public enum State { NOT_STARTED, IN_PROGRESS, DONE, DONE_LATE, OVERDUE }

    /**
     * One occurrence.
     *
     * @param occurrenceId the occurrence
     * @param taskNumber its task's number
     * @param taskTitle its task's title
     * @param leadId the lead body
     * @param leadName its name
     * @param periodKey the period
     * @param dueDate due date
     * @param accepted accepted activities serving it
     * @param pending activities recorded or returned, not yet accepted
     * @param state where it stands
     */
    public record OccurrenceProgress(long occurrenceId, String taskNumber, String taskTitle, Long leadId, String leadName,
            String periodKey, LocalDate dueDate, int accepted, int pending, State state) {

        static State stateOf(int accepted, LocalDate lastAcceptedEnd, int pending, LocalDate due, LocalDate today) {
            if (accepted > 0) {
                return lastAcceptedEnd != null && lastAcceptedEnd.isAfter(due) ? State.DONE_LATE : State.DONE;
            }
            if (today.isAfter(due)) {
                return State.OVERDUE;
            }
            return pending > 0 ? State.IN_PROGRESS : State.NOT_STARTED;
        }

        boolean done() {
            return state == State.DONE || state == State.DONE_LATE;
        }
    }

    /**
     * Completion of one lead body.
     *
     * @param organizationId the body
     * @param name its name
     * @param done occurrences done
     * @param total its occurrences
     */
    public record BodyProgress(long organizationId, String name, int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }
}
