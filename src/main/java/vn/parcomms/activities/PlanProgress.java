package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a plan has got, computed from accepted activities against the deliverables its tasks
 * expect: an occurrence is done when accepted activities reach every expected count, done late when
 * the last of them ended after the due date.
 *
 * @param planId the plan
 * @param today the day it was computed for
 * @param occurrences every occurrence with its state
 * @param tasks completion per task
 * @param bodies completion per lead body
 * @param children the bodies that must implement the plan, with their own plan's completion
 * @param done occurrences done (on time or late)
 * @param total all occurrences
 * @param dueSoFar occurrences whose due date has passed
 * @param doneOnTime occurrences done by their due date
 */
public record PlanProgress(long planId, LocalDate today, List<OccurrenceProgress> occurrences, List<TaskProgress> tasks,
        List<BodyProgress> bodies, List<ChildProgress> children, int done, int total, int dueSoFar, int doneOnTime) {

    /** Share of occurrences done, 0–100. */
    @JsonProperty
    public int percent() {
        return percent(done, total);
    }

    /** Share of the occurrences already due that were done on time, 0–100 (a reporting rate). */
    @JsonProperty
    public int onTimePercent() {
        return percent(doneOnTime, dueSoFar);
    }

    /** Occurrences overdue today. */
    public long overdue() {
        return occurrences.stream().filter(o -> o.state() == State.OVERDUE).count();
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }

    /** Where one occurrence stands. */
    public enum State { NOT_STARTED, IN_PROGRESS, DONE, DONE_LATE, OVERDUE;

        public boolean done() {
            return this == DONE || this == DONE_LATE;
        }
    }

    /**
     * One occurrence.
     *
     * @param occurrenceId the occurrence
     * @param taskId its task
     * @param taskNumber its task's number
     * @param taskTitle its task's title
     * @param leadId the lead body
     * @param leadName its name
     * @param periodKey the period
     * @param dueDate due date
     * @param accepted accepted activities serving it
     * @param pending activities recorded or returned, not yet accepted
     * @param expected deliverables expected in the period (at least one)
     * @param achieved of those, how many accepted activities cover
     * @param state where it stands
     */
    public record OccurrenceProgress(long occurrenceId, long taskId, String taskNumber, String taskTitle, Long leadId,
            String leadName, String periodKey, LocalDate dueDate, int accepted, int pending, int expected, int achieved,
            State state) {

        @JsonProperty

        public int percent() {
            return PlanProgress.percent(achieved, expected);
        }

        boolean done() {
            return state.done();
        }
    }

    /**
     * Completion of one task over its occurrences.
     *
     * @param taskId the task
     * @param number its number
     * @param title its title
     * @param leadName lead body
     * @param done occurrences done
     * @param total its occurrences
     * @param overdue occurrences overdue
     */
    public record TaskProgress(long taskId, String number, String title, String leadName, int done, int total, int overdue) {
        @JsonProperty
        public int percent() {
            return PlanProgress.percent(done, total);
        }
    }

    /**
     * Completion of one lead body.
     *
     * @param organizationId the body
     * @param name its name
     * @param done occurrences done
     * @param total its occurrences
     * @param overdue occurrences overdue
     */
    public record BodyProgress(long organizationId, String name, int done, int total, int overdue) {
        @JsonProperty
        public int percent() {
            return PlanProgress.percent(done, total);
        }
    }

    /**
     * A body that must issue its own plan to implement this one, and how far that plan has got.
     *
     * @param organizationId the body
     * @param name its name
     * @param subPlanId its implementing plan, if drafted
     * @param subPlanNumber that plan's number
     * @param subPlanIssued whether it has been issued
     * @param done its occurrences done
     * @param total its occurrences
     * @param overdue its occurrences overdue
     */
    public record ChildProgress(long organizationId, String name, Long subPlanId, String subPlanNumber,
            boolean subPlanIssued, int done, int total, int overdue) {
        @JsonProperty
        public int percent() {
            return PlanProgress.percent(done, total);
        }
    }
}
