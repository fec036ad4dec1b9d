package vn.parcomms.sites;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with sites; what they may do with an article edition is {@link EditorialRules}. */
public final class SiteActions {

    /** Open a site, change its settings and sections, switch it off. */
    public static final Action MANAGE = Action.of("sites.manage", SYSTEM_ADMIN, COORDINATOR, EDITOR);

    /** See the articles being worked on (drafts, submissions) and their history. */
    public static final Action VIEW_WORK = Action.of("sites.view-work", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    /** Write articles. */
    public static final Action WRITE = Action.of("sites.write", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF);

    private SiteActions() {
    }
}
