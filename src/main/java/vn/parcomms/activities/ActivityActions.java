package vn.parcomms.activities;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with activities; the target is the recording organization. */
public final class ActivityActions {

    /** Record and correct the activities of a body. */
    public static final Action RECORD = Action.of("activities.record", SYSTEM_ADMIN, COORDINATOR, STAFF);

    /** Accept or return activities of the bodies under a coordinator. */
    public static final Action REVIEW = Action.of("activities.review", SYSTEM_ADMIN, COORDINATOR);

    /** Read activities. */
    public static final Action VIEW = Action.of("activities.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    private ActivityActions() {
    }
}
