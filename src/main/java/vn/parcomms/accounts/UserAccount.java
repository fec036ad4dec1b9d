package vn.parcomms.accounts;

import java.time.Instant;

import vn.parcomms.access.ScopedResource;

/**
 * A user as screens and the API show it (never the password hash).
 *
 * @param id internal id
 * @param username sign-in name
 * @param fullName full name
 * @param email e-mail address
 * @param organizationId the organization the user belongs to
 * @param organizationName its name
 * @param organizationPath its path, for permission checks
 * @param active false once deactivated
 * @param demo whether this is a demo user
 * @param lockedUntil end of a temporary lock after failed sign-ins
 * @param lastSignInAt last successful sign-in
 * @param version optimistic-lock version
 */
public record UserAccount(long id, String username, String fullName, String email, long organizationId,
        String organizationName, String organizationPath, boolean active, boolean demo, Instant lockedUntil,
        Instant lastSignInAt, int version) implements ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }
}
