package vn.parcomms.access;

/**
 * A role held at an organization. The organization is identified by its materialized path
 * ({@code /12/345/}); a global grant has the path {@code /} and covers everything.
 *
 * @param role the role
 * @param organizationId the organization it is held at, or {@code null} for a global grant
 * @param organizationPath path of that organization, {@code /} when global
 * @param includesSubtree whether the grant reaches the organizations under it
 */
public record Grant(Role role, Long organizationId, String organizationPath, boolean includesSubtree) {

    public static final String ROOT_PATH = "/";

    public static Grant global(Role role) {
        return new Grant(role, null, ROOT_PATH, true);
    }

    /** Whether this grant reaches an object owned by the organization with the given path. */
    public boolean covers(String targetPath) {
        if (targetPath == null) {
            return false;
        }
        return includesSubtree ? targetPath.startsWith(organizationPath) : targetPath.equals(organizationPath);
    }
}
