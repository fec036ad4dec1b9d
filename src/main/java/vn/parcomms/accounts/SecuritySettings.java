package vn.parcomms.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and password settings.
 *
 * @param bcryptStrength work factor of the bcrypt password hash (each step doubles the cost)
 * @param maxFailedSignIns consecutive wrong passwords that lock an account temporarily
 * @param lockout how long the temporary lock lasts
 * @param signInAttemptsPerMinute sign-in attempts allowed per client address and minute
 * @param minPasswordLength minimum length of a new password
 */
@ConfigurationProperties("parcomms.security")
record SecuritySettings(
        @DefaultValue("12") int bcryptStrength,
        @DefaultValue("3") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int signInAttemptsPerMinute,
        @DefaultValue("10") int minPasswordLength) {
}
