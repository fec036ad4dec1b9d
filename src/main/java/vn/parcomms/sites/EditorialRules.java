package vn.parcomms.sites;

import java.util.Set;

import vn.parcomms.access.Role;

/**
 * The editorial workflow as one table: which role may take which action on an edition in which state.
 * Writers (staff, editors, coordinators) draft, edit and submit; editors review. Nobody reviews,
 * schedules or publishes an edition they wrote or submitted, not even by force; a forced publication
 * (without the submit step) is marked until a second editor approves it.
 */
public final class EditorialRules {

    private EditorialRules() {
    }

    /**
     * Why the action is refused (a message key), or {@code null} when it is allowed.
     *
     * @param roles the actor's roles over the site's organization
     * @param own whether the actor wrote or submitted the edition (or forced it, for APPROVE_FORCED)
     * @param state the edition's state
     * @param forced whether the edition was force-published and not yet approved
     */
    public static String refusal(Set<Role> roles, boolean own, ArticleState state, boolean forced, ArticleAction action) {
        boolean writer = roles.contains(Role.STAFF) || roles.contains(Role.EDITOR) || roles.contains(Role.COORDINATOR)
                || roles.contains(Role.SYSTEM_ADMIN);
        boolean editor = roles.contains(Role.EDITOR) || roles.contains(Role.SYSTEM_ADMIN);
        boolean required = switch (action) {
            case EDIT, SUBMIT, NEW_EDITION -> writer;
            default -> editor;
        };
        if (!required) {
            return "article.refused.role";
        }
        boolean stateFits = switch (action) {
            case EDIT -> state == ArticleState.DRAFT || state == ArticleState.REJECTED || state == ArticleState.SUBMITTED;
            case SUBMIT -> state == ArticleState.DRAFT || state == ArticleState.REJECTED;
            case REJECT, SCHEDULE, PUBLISH -> state == ArticleState.SUBMITTED;
            case UNSCHEDULE -> state == ArticleState.SCHEDULED;
            case FORCE_PUBLISH -> state == ArticleState.DRAFT || state == ArticleState.REJECTED;
            case APPROVE_FORCED -> state == ArticleState.PUBLISHED && forced;
            case UNPUBLISH -> state == ArticleState.PUBLISHED;
            case NEW_EDITION -> state == ArticleState.PUBLISHED || state == ArticleState.UNPUBLISHED;
        };
        if (!stateFits) {
            return "article.refused.state";
        }
        boolean reviewOfOwn = switch (action) {
            case REJECT, SCHEDULE, PUBLISH, FORCE_PUBLISH, APPROVE_FORCED -> own;
            default -> false;
        };
        return reviewOfOwn ? "article.refused.own" : null;
    }

    /** The state an allowed action leads to. */
    public static ArticleState next(ArticleState state, ArticleAction action) {
        return switch (action) {
            case EDIT -> state == ArticleState.REJECTED ? ArticleState.DRAFT : state;
            case SUBMIT, UNSCHEDULE -> ArticleState.SUBMITTED;
            case REJECT -> ArticleState.REJECTED;
            case SCHEDULE -> ArticleState.SCHEDULED;
            case PUBLISH, FORCE_PUBLISH, APPROVE_FORCED -> ArticleState.PUBLISHED;
            case UNPUBLISH -> ArticleState.UNPUBLISHED;
            case NEW_EDITION -> ArticleState.DRAFT;
        };
    }
}
