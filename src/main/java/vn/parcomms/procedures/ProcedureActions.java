package vn.parcomms.procedures;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;

import vn.parcomms.access.Action;

/** What officials may do with a province's catalog; reading it is public. */
public final class ProcedureActions {

    /** Publish, amend, replace, abolish and import procedures by decision (the province's office, Phòng Kiểm soát TTHC). */
    public static final Action MANAGE = Action.of("procedures.manage", SYSTEM_ADMIN, COORDINATOR);

    private ProcedureActions() {
    }
}
