package vn.parcomms.plans;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with plans. Targets are the issuing (or receiving) organization. */
public final class PlanActions {

    /** Read a plan, including drafts, of an organization in scope. Issued plans are readable by every signed-in user. */
    public static final Action VIEW = Action.of("plans.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    /** Draft a plan and its task table, issue it, amend and close it. */
    public static final Action MANAGE = Action.of("plans.manage", SYSTEM_ADMIN, COORDINATOR);

    /** See the inbox of task occurrences of an organization. */
    public static final Action INBOX = Action.of("plans.inbox", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    /** Add and retire vocabulary entries (global). */
    public static final Action MANAGE_VOCABULARIES = Action.of("plans.manage-vocabularies", SYSTEM_ADMIN);

    private PlanActions() {
    }
}
