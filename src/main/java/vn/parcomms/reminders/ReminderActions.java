package vn.parcomms.reminders;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with reminders; the target is the plan (its issuer) unless said otherwise. */
public final class ReminderActions {

    /** See the late bodies of a plan and its history of reminders and chases. */
    public static final Action VIEW = Action.of("reminders.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    /** Chase (đôn đốc) the late bodies of a plan. */
    public static final Action CHASE = Action.of("reminders.chase", SYSTEM_ADMIN, COORDINATOR);

    /** Change how many days before a due date the plan's bodies are reminded. */
    public static final Action CONFIGURE = Action.of("reminders.configure", SYSTEM_ADMIN, COORDINATOR);

    /** Read one's own notifications; the target is the user's organization. */
    public static final Action NOTIFICATIONS = Action.of("reminders.notifications", SYSTEM_ADMIN, COORDINATOR, EDITOR,
            STAFF, VIEWER);

    private ReminderActions() {
    }
}
