package vn.parcomms.accounts;

import jakarta.validation.constraints.NotNull;
import vn.parcomms.access.Role;

/**
 * Grants a role to a user at an organization.
 *
 * @param role the role
 * @param organizationId where it is held; empty only for a global system administrator
 * @param includesSubtree whether it reaches everything under the organization
 */
public record GrantRole(@NotNull(message = "{validation.required}") Role role, Long organizationId,
        Boolean includesSubtree) {

    public boolean reachesSubtree() {
        return Boolean.TRUE.equals(includesSubtree);
    }
}
