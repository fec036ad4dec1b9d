package vn.parcomms.accounts;

/**
 * A token just created: the only time its secret is visible.
 *
 * @param token the listed token
 * @param secret the value to send as {@code Authorization: Bearer …}
 */
public record IssuedApiToken(ApiTokenView token, String secret) {
}
