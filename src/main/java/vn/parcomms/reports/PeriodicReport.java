package vn.parcomms.reports;

import java.time.Instant;
import java.time.LocalDate;

import vn.parcomms.access.ScopedResource;

/**
 * A body's report for one period.
 *
 * @param id internal id
 * @param organizationId the reporting body
 * @param organizationName its name
 * @param organizationPath its path, for permission checks
 * @param recipientId the level it reports to
 * @param recipientName that level's name
 * @param recipientPath that level's path
 * @param periodType monthly, quarterly…
 * @param periodKey the period (2026-Q1)
 * @param dataFrom first day of data
 * @param dataTo last day of data
 * @param dueDate when it is due
 * @param status where it stands
 * @param results narrative: results
 * @param shortcomings narrative: shortcomings and their causes
 * @param proposals narrative: proposals
 * @param figures figures frozen at submission ({@code null} while a draft)
 * @param figuresAt when they were frozen
 * @param reviewComment the reviewer's comment when returned, or the reason it was reopened
 * @param submittedAt when submitted
 * @param submittedBy who submitted it
 * @param decidedBy who accepted or returned it
 * @param version optimistic-lock version
 */
public record PeriodicReport(long id, long organizationId, String organizationName, String organizationPath, Long recipientId,
        String recipientName, String recipientPath, PeriodType periodType, String periodKey, LocalDate dataFrom,
        LocalDate dataTo, LocalDate dueDate, ReportStatus status, String results, String shortcomings, String proposals,
        ReportFigures figures, Instant figuresAt, String reviewComment, Instant submittedAt, Long submittedBy,
        Long decidedBy, int version) implements ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }

    /** Submitted by its due date (a report not yet submitted is not on time). */
    public boolean onTime() {
        return submittedAt != null
                && !submittedAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().isAfter(dueDate);
    }

    /** The recipient level, as a resource for permission checks on review. */
    public ScopedResource recipient() {
        return ScopedResource.of(recipientPath);
    }
}
