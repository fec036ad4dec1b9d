package vn.parcomms.accounts;

import java.time.Instant;

import vn.parcomms.access.Role;

/**
 * A role a user holds.
 *
 * @param id grant id
 * @param role the role
 * @param organizationId where it is held, {@code null} for a global grant
 * @param organizationName that organization's name
 * @param includesSubtree whether it reaches everything under the organization
 * @param grantedAt when it was granted
 */
public record RoleGrantView(long id, Role role, Long organizationId, String organizationName, boolean includesSubtree,
        Instant grantedAt) {
}
