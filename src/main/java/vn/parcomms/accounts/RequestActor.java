package vn.parcomms.accounts;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.parcomms.access.Actor;
import vn.parcomms.access.CurrentActor;

/**
 * The actor of the current request, resolved once per request by {@link CurrentUserFilter}.
 * Outside a request (start-up, scheduled jobs) the actor is anonymous.
 */
@Component
class RequestActor implements CurrentActor {

    static final String ATTRIBUTE = RequestActor.class.getName();

    @Override
    public Actor get() {
        return currentUser().map(RequestActor::toActor).orElse(Actor.anonymous());
    }

    static Optional<CurrentUser> currentUser() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((CurrentUser) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    static Actor toActor(CurrentUser user) {
        return new Actor(user.id(), user.username(), user.organizationId(), user.organizationPath(), user.grants());
    }
}
