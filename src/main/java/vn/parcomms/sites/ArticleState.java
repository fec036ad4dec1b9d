package vn.parcomms.sites;

/** Where an edition stands in the editorial workflow. */
public enum ArticleState {
    DRAFT, SUBMITTED, REJECTED, SCHEDULED, PUBLISHED, UNPUBLISHED, SUPERSEDED;

    /** Still being worked on: it can be edited, submitted or reviewed. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == REJECTED || this == SCHEDULED;
    }
}
