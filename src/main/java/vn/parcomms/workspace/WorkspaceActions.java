package vn.parcomms.workspace;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do in the shell. */
final class WorkspaceActions {

    /** Open the home page: anyone holding any role. */
    static final Action USE = Action.of("workspace.use", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    private WorkspaceActions() {
    }
}
