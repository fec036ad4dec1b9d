package vn.parcomms.reports;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with periodic reports. */
public final class ReportActions {

    /** Write and submit the report of a body (its coordinators). */
    public static final Action WRITE = Action.of("reports.write", SYSTEM_ADMIN, COORDINATOR);

    /** Accept, return and reopen the reports sent to a level (that level's coordinators). */
    public static final Action REVIEW = Action.of("reports.review", SYSTEM_ADMIN, COORDINATOR);

    /** Read reports and roll-ups. */
    public static final Action VIEW = Action.of("reports.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    private ReportActions() {
    }
}
