package vn.parcomms.accounts;

import java.io.Serializable;
import java.util.List;

/**
 * Why the last sign-in failed: a message key with its arguments, kept in the session until the
 * sign-in page shows it once.
 *
 * @param messageKey key in the message bundles
 * @param arguments message arguments
 */
public record SignInMessage(String messageKey, List<Object> arguments) implements Serializable {
}
