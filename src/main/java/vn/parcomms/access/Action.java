package vn.parcomms.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something a user may do, with the roles that allow it. Each module declares its actions as
 * constants next to the code that performs them, e.g. {@code Action.of("plans.issue", COORDINATOR)}.
 *
 * @param code stable identifier, {@code module.verb}
 * @param roles roles whose grant, when it covers the target, allows the action
 */
public record Action(String code, Set<Role> roles) {

    public Action {
        Objects.requireNonNull(code);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Action of(String code, Role... roles) {
        return new Action(code, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }
}
