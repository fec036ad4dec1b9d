package vn.parcomms.reports;

/**
 * A report as shown: its figures (frozen once submitted), whether later changes to activities would
 * change them, the live roll-up behind them, and what the reader may do.
 *
 * @param report the report
 * @param figures the figures it carries
 * @param frozen whether they were frozen at submission
 * @param changedSince whether compiling them now gives different figures
 * @param rollup the live roll-up (own figures, subordinates, reporting rate)
 * @param canEdit the reader may edit and submit it
 * @param canReview the reader may accept, return or reopen it
 */
public record ReportView(PeriodicReport report, ReportFigures figures, boolean frozen, boolean changedSince, Rollup rollup,
        boolean canEdit, boolean canReview) {
}
