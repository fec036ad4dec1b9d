package vn.parcomms.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting: a signed-in user with their grants, or an anonymous visitor (no grants).
 *
 * @param userId the user, {@code null} when anonymous
 * @param username the sign-in name
 * @param organizationId the organization the user belongs to
 * @param organizationPath its path
 * @param grants the roles the user holds
 */
public record Actor(Long userId, String username, Long organizationId, String organizationPath, List<Grant> grants) {

    private static final Actor ANONYMOUS = new Actor(null, null, null, null, List.of());

    public Actor {
        grants = List.copyOf(grants);
    }

    /** The platform itself, for work no user asked for. */
    public static Actor system() {
        return new Actor(null, "system", null, Grant.ROOT_PATH, List.of(Grant.global(Role.SYSTEM_ADMIN)));
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public Set<Role> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toUnmodifiableSet());
    }
}
