package vn.parcomms.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A coordinator's dashboard for a level and a year.
 *
 * @param organizationId the level
 * @param name its name
 * @param year the year
 * @param channelsByMonth accepted activities under the level: channel code → count per month (index 0 = January)
 * @param completion completion of the issued plans of each body directly below
 * @param periods the periods of the heatmap, in order
 * @param heatmap each body below and the state of its report in each period
 * @param overdue task occurrences under the level that are overdue, most late first
 */
public record Dashboard(long organizationId, String name, int year, Map<String, long[]> channelsByMonth,
        List<BodyCompletion> completion, List<ReportingPeriod> periods, List<HeatmapRow> heatmap, List<Overdue> overdue) {

    /**
     * Completion of one body's plans of the year.
     *
     * @param organizationId the body
     * @param name its name
     * @param planIds its issued plans
     * @param done occurrences done
     * @param total occurrences
     */
    public record BodyCompletion(long organizationId, String name, List<Long> planIds, int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    /**
     * One body's reports across the periods.
     *
     * @param organizationId the body
     * @param name its name
     * @param cells one per period
     */
    public record HeatmapRow(long organizationId, String name, List<Cell> cells) {
    }

    /**
     * The state of one report.
     *
     * @param reportId the report, if opened
     * @param status its status, {@code null} when not opened
     * @param late submitted after its due date, or not submitted and past it
     */
    public record Cell(Long reportId, ReportStatus status, boolean late) {
    }

    /**
     * An overdue task occurrence.
     *
     * @param occurrenceId the occurrence
     * @param planId its plan
     * @param planNumber the plan's number
     * @param bodyName the lead body
     * @param taskNumber the task's number
     * @param taskTitle the task's title
     * @param periodKey the period
     * @param dueDate the due date
     * @param daysLate days since the due date
     */
    public record Overdue(long occurrenceId, long planId, String planNumber, String bodyName, String taskNumber,
            String taskTitle, String periodKey, LocalDate dueDate, long daysLate) {
    }
}
