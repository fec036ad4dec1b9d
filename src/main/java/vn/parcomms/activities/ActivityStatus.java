package vn.parcomms.activities;

/** RECORDED → ACCEPTED, or RETURNED → corrected → RECORDED; a correction of an accepted one supersedes it. */
public enum ActivityStatus {
    RECORDED, ACCEPTED, RETURNED, SUPERSEDED;

    /** Only the recording body changes an activity, and only before it is accepted. */
    public boolean editable() {
        return this == RECORDED || this == RETURNED;
    }

    public boolean reviewable() {
        return this == RECORDED;
    }
}
