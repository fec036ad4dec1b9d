package vn.parcomms.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * Personal access tokens. A token is 32 random bytes; only its SHA-256 hash is stored, which is
 * enough for secrets of that entropy and keeps each API request to one indexed lookup.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "pc_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApiTokenStore store;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates a token for the user; the returned secret is never shown again. */
    @Transactional
    public IssuedApiToken create(long userId, CreateApiToken command) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return issue(userId, command, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Stores a token whose secret is given: only for demo data, whose tokens are documented. */
    @Transactional
    IssuedApiToken issue(long userId, CreateApiToken command, String secret) {
        Instant expiresAt = command.expiresOn() == null ? null
                : command.expiresOn().plusDays(1).atStartOfDay(VIETNAM).toInstant();
        ApiTokenView view = store.insert(userId, Texts.clean(command.name()), hash(secret),
                secret.substring(0, Math.min(10, secret.length())), expiresAt);
        return new IssuedApiToken(view, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> ofUser(long userId) {
        return store.ofUser(userId);
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        if (!store.exists(userId, tokenId)) {
            throw new NotFoundException("token.not-found", tokenId);
        }
        store.revoke(userId, tokenId);
    }

    /** The owner of a valid token, if the secret matches one that is neither revoked nor expired. */
    @Transactional
    public Optional<Long> authenticate(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        return store.useValid(hash(secret));
    }

    public Instant now() {
        return clock.instant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
