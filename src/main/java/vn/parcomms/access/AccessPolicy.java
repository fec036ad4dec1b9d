package vn.parcomms.access;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Decides "may this actor perform this action on this object". Every controller and API goes
 * through here; modules extend it by declaring {@link Action}s and {@link AccessRule} beans.
 */
@Service
public class AccessPolicy {

    private static final ThreadLocal<Actor> SYSTEM_WORK = new ThreadLocal<>();

    private final List<AccessRule> rules;
    private final CurrentActor currentActor;

    public AccessPolicy(List<AccessRule> rules, CurrentActor currentActor) {
        this.rules = List.copyOf(rules);
        this.currentActor = currentActor;
    }

    /** Whether the actor holds a role allowing the action at the target's organization. */
    public boolean allows(Actor actor, Action action, ScopedResource target) {
        boolean granted = actor.grants().stream()
                .anyMatch(grant -> action.roles().contains(grant.role()) && grant.covers(target.scopePath()));
        return granted && rules.stream()
                .filter(rule -> rule.appliesTo(action))
                .allMatch(rule -> rule.permits(actor, action, target));
    }

    /** Whether the actor may perform the action somewhere: decides what navigation to show. */
    public boolean allowsSomewhere(Actor actor, Action action) {
        return actor.grants().stream().anyMatch(grant -> action.roles().contains(grant.role()));
    }

    public boolean allows(Action action, ScopedResource target) {
        return allows(currentActor(), action, target);
    }

    /** Throws {@link AccessDeniedException} (answered with 403) unless the current actor is allowed. */
    public void check(Action action, ScopedResource target) {
        if (!allows(action, target)) {
            throw new AccessDeniedException(action.code());
        }
    }

    public void checkSomewhere(Action action) {
        if (!allowsSomewhere(currentActor(), action)) {
            throw new AccessDeniedException(action.code());
        }
    }

    /** The actor of the current request, or the system while {@link #asSystem} runs. */
    public Actor currentActor() {
        Actor system = SYSTEM_WORK.get();
        return system != null ? system : currentActor.get();
    }

    /**
     * Runs work that no user asked for (data loading, scheduled jobs) as the system, which holds a
     * global administrator grant. Never call it with input from a request.
     */
    public static <T> T asSystem(Supplier<T> work) {
        Actor previous = SYSTEM_WORK.get();
        SYSTEM_WORK.set(Actor.system());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_WORK.remove();
            } else {
                SYSTEM_WORK.set(previous);
            }
        }
    }
}
