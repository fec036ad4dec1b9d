package vn.parcomms.reports;

/** How often a report is made. */
public enum PeriodType {
    MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL
}
