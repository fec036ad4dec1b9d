package vn.parcomms.accounts;

import java.time.Instant;

/**
 * A personal API token as listed (the secret itself is shown once, at creation).
 *
 * @param id token id
 * @param name what it is for
 * @param hint first characters, to recognise it
 * @param createdAt creation time
 * @param expiresAt end of validity, {@code null} for none
 * @param lastUsedAt last use
 * @param revokedAt revocation time, {@code null} while valid
 */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
