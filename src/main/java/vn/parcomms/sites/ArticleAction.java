package vn.parcomms.sites;

/** What a user asks to do with an edition. */
public enum ArticleAction {
    EDIT, SUBMIT, REJECT, SCHEDULE, UNSCHEDULE, PUBLISH, FORCE_PUBLISH, APPROVE_FORCED, UNPUBLISH, NEW_EDITION
}
