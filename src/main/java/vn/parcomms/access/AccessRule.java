package vn.parcomms.access;

/**
 * An extra condition a module attaches to its own actions, beyond roles and scope (for example,
 * "the submitter cannot publish their own submission"). Rules can only deny: an action is allowed
 * when a grant covers the target and every applicable rule permits it. Declare rules as beans.
 */
public interface AccessRule {

    boolean appliesTo(Action action);

    boolean permits(Actor actor, Action action, ScopedResource target);
}
