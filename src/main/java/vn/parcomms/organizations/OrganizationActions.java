package vn.parcomms.organizations;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with organizations. */
public final class OrganizationActions {

    /** See the organization tree inside the application. */
    public static final Action VIEW = Action.of("organizations.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    /** Add bodies under an organization, edit them, close their validity. */
    public static final Action MANAGE = Action.of("organizations.manage", SYSTEM_ADMIN, COORDINATOR);

    /** Add or change provinces and communes: only administrators, because they mirror the official list. */
    public static final Action MANAGE_TERRITORY = Action.of("organizations.manage-territory", SYSTEM_ADMIN);

    private OrganizationActions() {
    }
}
