package vn.parcomms.access;

/**
 * A module's entry in the main navigation, shown to users who may perform its action somewhere.
 * Modules declare entries as beans; the shell orders and filters them.
 *
 * @param messageKey label key in the message bundles
 * @param href link target
 * @param action the action a user needs somewhere to see the entry
 * @param order position, lower first
 * @param scopePath where the action must be allowed; {@code null} means anywhere (e.g. {@code /} for global tasks)
 */
public record NavigationEntry(String messageKey, String href, Action action, int order, String scopePath) {

    public NavigationEntry(String messageKey, String href, Action action, int order) {
        this(messageKey, href, action, order, null);
    }

    /** Whether the actor should see this entry. */
    public boolean visibleTo(Actor actor, AccessPolicy access) {
        return scopePath == null ? access.allowsSomewhere(actor, action)
                : access.allows(actor, action, ScopedResource.of(scopePath));
    }
}
