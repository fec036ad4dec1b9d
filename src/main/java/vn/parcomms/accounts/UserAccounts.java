package vn.parcomms.accounts;

import vn.parcomms.shared.JdbcRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.access.Grant;
import vn.parcomms.access.Role;

/** The user_account and role_grant tables. */
@Repository
class UserAccounts {

    private static final String SELECT = """
            SELECT u.id, u.username, u.full_name, u.email, u.organization_id, o.name AS organization_name,
                   o.path AS organization_path, u.active, u.demo, u.locked_until, u.last_sign_in_at, u.version
            FROM user_account u JOIN organization o ON o.id = u.organization_id
            """;

    private static final RowMapper<UserAccount> MAPPER = (rs, row) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("full_name"), rs.getString("email"), rs.getLong("organization_id"),
            rs.getString("organization_name"), rs.getString("organization_path"), rs.getBoolean("active"),
            rs.getBoolean("demo"), JdbcRows.instant(rs, "locked_until"), JdbcRows.instant(rs, "last_sign_in_at"), rs.getInt("version"));

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(MAPPER).optional();
    }

    /** Active users of an organization holding one of the roles (anywhere), oldest first. */
    List<UserAccount> activeMembers(long organizationId, Collection<Role> roles) {
        return jdbc.sql(SELECT + """
                WHERE u.organization_id = :organization AND u.active
                  AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.revoked_at IS NULL AND g.role IN (:roles))
                ORDER BY u.id
                """).param("organization", organizationId).param("roles", roles.stream().map(Enum::name).toList())
                .query(MAPPER).list();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(:username)").param("username", username)
                .query(MAPPER).optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE lower(username) = lower(:u)").param("u", username)
                .query(Long.class).single() > 0;
    }

    /** Users of the organizations the grants cover, optionally filtered by text. */
    List<UserAccount> coveredBy(List<Grant> grants, String text, int limit, int offset) {
        if (grants.isEmpty()) {
            return List.of();
        }
        var scope = new StringBuilder();
        var params = new java.util.HashMap<String, Object>();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            scope.append(i == 0 ? "" : " OR ").append(grant.includesSubtree() ? "o.path LIKE :p" + i + " || '%'" : "o.path = :p" + i);
            params.put("p" + i, grant.organizationPath());
        }
        params.put("q", text);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + " WHERE (" + scope + """
                ) AND (CAST(:q AS text) IS NULL
                        OR strpos(parcomms_fold(u.username || ' ' || u.full_name || ' ' || coalesce(u.email, '') || ' ' || o.name),
                                  parcomms_fold(CAST(:q AS text))) > 0)
                 ORDER BY u.active DESC, parcomms_fold(o.name), parcomms_fold(u.full_name), u.id
                 LIMIT :limit OFFSET :offset
                """).params(params).query(MAPPER).list();
    }

    long insert(CreateUser command, String passwordHash, boolean demo) {
        return jdbc.sql("""
                INSERT INTO user_account (username, full_name, email, organization_id, password_hash, demo)
                VALUES (:username, :fullName, :email, :organization, :hash, :demo) RETURNING id
                """).param("username", command.username()).param("fullName", command.fullName())
                .param("email", command.email()).param("organization", command.organizationId())
                .param("hash", passwordHash).param("demo", demo).query(Long.class).single();
    }

    boolean setActive(long id, boolean active, Long by, int version) {
        return jdbc.sql("""
                UPDATE user_account SET active = :active, version = version + 1, updated_at = now(),
                       deactivated_at = CASE WHEN :active THEN NULL ELSE now() END,
                       deactivated_by = CASE WHEN :active THEN NULL ELSE CAST(:by AS bigint) END
                WHERE id = :id AND version = :version
                """).param("active", active).param("by", by).param("id", id).param("version", version).update() == 1;
    }

    void changePassword(long id, String hash) {
        jdbc.sql("UPDATE user_account SET password_hash = :hash, updated_at = now() WHERE id = :id")
                .param("hash", hash).param("id", id).update();
    }

    /** Counts a wrong password; returns the consecutive failures so far. */
    int recordFailedSignIn(long id) {
        return jdbc.sql("UPDATE user_account SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id RETURNING failed_sign_ins")
                .param("id", id).query(Integer.class).single();
    }

    void lockUntil(long id, Instant until) {
        jdbc.sql("UPDATE user_account SET locked_until = :until, failed_sign_ins = 0 WHERE id = :id")
                .param("until", Timestamp.from(until)).param("id", id).update();
    }

    void recordSuccessfulSignIn(long id) {
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = now() WHERE id = :id")
                .param("id", id).update();
    }

    long countDemoUsers() {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE demo AND active").query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }

    // --- grants

    List<Grant> activeGrants(long userId) {
        return jdbc.sql("""
                SELECT g.role, g.organization_id, coalesce(o.path, '/') AS path, g.include_subtree
                FROM role_grant g LEFT JOIN organization o ON o.id = g.organization_id
                WHERE g.user_id = :user AND g.revoked_at IS NULL
                  AND (o.id IS NULL OR o.valid_to IS NULL OR o.valid_to > current_date)
                """).param("user", userId).query((rs, row) -> {
                    long org = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : org;
                    return new Grant(Role.valueOf(rs.getString("role")), organizationId, rs.getString("path"),
                            rs.getBoolean("include_subtree"));
                }).list();
    }

    List<RoleGrantView> grantViews(long userId) {
        return jdbc.sql("""
                SELECT g.id, g.role, g.organization_id, o.name AS organization_name, g.include_subtree, g.granted_at
                FROM role_grant g LEFT JOIN organization o ON o.id = g.organization_id
                WHERE g.user_id = :user AND g.revoked_at IS NULL ORDER BY g.granted_at, g.id
                """).param("user", userId).query((rs, row) -> {
                    long org = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : org;
                    return new RoleGrantView(rs.getLong("id"), Role.valueOf(rs.getString("role")), organizationId,
                            rs.getString("organization_name"), rs.getBoolean("include_subtree"), JdbcRows.instant(rs, "granted_at"));
                }).list();
    }

    boolean hasActiveGrant(long userId, Role role, Long organizationId) {
        return jdbc.sql("""
                SELECT count(*) FROM role_grant WHERE user_id = :user AND role = :role
                  AND coalesce(organization_id, 0) = coalesce(CAST(:org AS bigint), 0) AND revoked_at IS NULL
                """).param("user", userId).param("role", role.name()).param("org", organizationId)
                .query(Long.class).single() > 0;
    }

    long insertGrant(long userId, GrantRole command, Long by) {
        return jdbc.sql("""
                INSERT INTO role_grant (user_id, role, organization_id, include_subtree, granted_by)
                VALUES (:user, :role, :org, :subtree, :by) RETURNING id
                """).param("user", userId).param("role", command.role().name()).param("org", command.organizationId())
                .param("subtree", command.reachesSubtree()).param("by", by).query(Long.class).single();
    }

    Optional<GrantRow> findGrant(long grantId) {
        return jdbc.sql("""
                SELECT g.id, g.user_id, g.revoked_at IS NOT NULL AS revoked FROM role_grant g WHERE g.id = :id
                """).param("id", grantId).query((rs, row) -> new GrantRow(rs.getLong("id"), rs.getLong("user_id"),
                        rs.getBoolean("revoked"))).optional();
    }

    void revokeGrant(long grantId, Long by) {
        jdbc.sql("UPDATE role_grant SET revoked_at = now(), revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("by", by).param("id", grantId).update();
    }

    record GrantRow(long id, long userId, boolean revoked) {
    }
}
