package vn.parcomms.accounts;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;

import vn.parcomms.access.Action;

/** What users may do with accounts. */
public final class AccountActions {

    /** See the users of an organization and their roles. */
    public static final Action VIEW_USERS = Action.of("accounts.view-users", SYSTEM_ADMIN, COORDINATOR);

    /** Create users, grant and revoke roles, deactivate and reactivate users. */
    public static final Action MANAGE_USERS = Action.of("accounts.manage-users", SYSTEM_ADMIN);

    private AccountActions() {
    }
}
