package vn.parcomms.sites;

/** Why a published article is taken down (a fixed list, as GOV.UK's). */
public enum UnpublishReason {
    /** Published by mistake. */
    PUBLISHED_IN_ERROR,
    /** Merged into another article. */
    CONSOLIDATED,
    /** No longer current. */
    OUTDATED,
    /** Withdrawn at the request of a competent authority. */
    WITHDRAWN_BY_AUTHORITY
}
