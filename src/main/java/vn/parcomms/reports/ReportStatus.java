package vn.parcomms.reports;

/** DRAFT → SUBMITTED → ACCEPTED (locked) or RETURNED → SUBMITTED again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** The body may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Sent to the level above (waiting or accepted). */
    public boolean sent() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
