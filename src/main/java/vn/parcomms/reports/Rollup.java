package vn.parcomms.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A level's figures for a period: its own activities, plus the accepted reports of the bodies that
 * report to it, and where each of those bodies stands.
 *
 * @param organizationId the level
 * @param name its name
 * @param period the period
 * @param own its own activities' figures
 * @param total own figures plus the accepted reports'
 * @param subordinates the bodies reporting to it
 * @param expected how many bodies report to it
 * @param submitted how many have submitted (submitted or accepted)
 * @param onTime how many of those by their due date
 */
public record Rollup(long organizationId, String name, ReportingPeriod period, ReportFigures own, ReportFigures total,
        List<Subordinate> subordinates, int expected, int submitted, int onTime) {

    /** Reporting rate, 0–100 (DHIS2's "reporting rate"). */
    @JsonProperty
    public int reportingRate() {
        return expected == 0 ? 0 : Math.round(100f * submitted / expected);
    }

    /** On-time rate among those expected, 0–100. */
    @JsonProperty
    public int onTimeRate() {
        return expected == 0 ? 0 : Math.round(100f * onTime / expected);
    }

    /** Bodies that have not submitted. */
    public List<Subordinate> missing() {
        return subordinates.stream().filter(s -> s.status() == null || !s.status().sent()).toList();
    }

    /**
     * One body reporting to the level.
     *
     * @param organizationId the body
     * @param name its name
     * @param reportId its report, if opened
     * @param status its report's status, {@code null} when not opened
     * @param onTime submitted by its due date
     * @param submittedAt when submitted
     * @param dueDate its due date
     * @param figures its accepted report's figures (included in the total)
     */
    public record Subordinate(long organizationId, String name, Long reportId, ReportStatus status, boolean onTime,
            Instant submittedAt, LocalDate dueDate, ReportFigures figures) {
    }
}
