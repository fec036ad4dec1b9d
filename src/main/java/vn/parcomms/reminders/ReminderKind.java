package vn.parcomms.reminders;

/** Why a body was reminded. */
public enum ReminderKind {
    /** Days before the due date, automatically. */
    BEFORE_DUE,
    /** The day after the due date was missed, automatically. */
    OVERDUE,
    /** A coordinator chased the body (đôn đốc). */
    CHASE;

    public String labelKey() {
        return "reminder.kind." + name();
    }
}
