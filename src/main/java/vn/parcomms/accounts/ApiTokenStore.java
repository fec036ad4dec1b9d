package vn.parcomms.accounts;

import vn.parcomms.shared.JdbcRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: only SHA-256 hashes of the secrets are stored. */
@Repository
class ApiTokenStore {

    private static final RowMapper<ApiTokenView> MAPPER = (rs, row) -> new ApiTokenView(rs.getLong("id"),
            rs.getString("name"), rs.getString("token_hint"), JdbcRows.instant(rs, "created_at"),
            JdbcRows.instant(rs, "expires_at"), JdbcRows.instant(rs, "last_used_at"),
            JdbcRows.instant(rs, "revoked_at"));

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiTokenView insert(long userId, String name, String hash, String hint, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, token_hint, expires_at)
                VALUES (:user, :name, :hash, :hint, :expires)
                RETURNING id, name, token_hint, created_at, expires_at, last_used_at, revoked_at
                """).param("user", userId).param("name", name).param("hash", hash).param("hint", hint)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).query(MAPPER).single();
    }

    List<ApiTokenView> ofUser(long userId) {
        return jdbc.sql("""
                SELECT id, name, token_hint, created_at, expires_at, last_used_at, revoked_at
                FROM api_token WHERE user_id = :user ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC
                """).param("user", userId).query(MAPPER).list();
    }

    /** The owner of a token that is neither revoked nor expired; marks it used (at most once a minute, to keep reads cheap). */
    Optional<Long> useValid(String hash) {
        return jdbc.sql("""
                WITH valid AS (
                    SELECT id, user_id, last_used_at FROM api_token
                    WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())),
                touched AS (
                    UPDATE api_token SET last_used_at = now()
                    WHERE id IN (SELECT id FROM valid
                                 WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
                SELECT user_id FROM valid
                """).param("hash", hash).query(Long.class).optional();
    }

    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("id", tokenId).param("user", userId).update() == 1;
    }

    boolean exists(long userId, long tokenId) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE id = :id AND user_id = :user")
                .param("id", tokenId).param("user", userId).query(Long.class).single() > 0;
    }
}
