package vn.parcomms.access;

/**
 * A module's entry in the main navigation, shown to users who may perform its action somewhere.
 * Modules declare entries as beans; the shell orders and filters them.
 *
 * @param messageKey label key in the message bundles
 * @param href link target
 * @param action the action a user needs somewhere to see the entry
 * @param order position, lower first
 */
public record NavigationEntry(String messageKey, String href, Action action, int order) {
}
