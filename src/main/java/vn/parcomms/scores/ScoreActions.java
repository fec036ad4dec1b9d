package vn.parcomms.scores;

import static vn.parcomms.access.Role.COORDINATOR;
import static vn.parcomms.access.Role.EDITOR;
import static vn.parcomms.access.Role.STAFF;
import static vn.parcomms.access.Role.SYSTEM_ADMIN;
import static vn.parcomms.access.Role.VIEWER;

import vn.parcomms.access.Action;

/** What users may do with scores; the target is the scored body. */
public final class ScoreActions {

    /** See a body's score and download its evidence pack. */
    public static final Action VIEW = Action.of("scores.view", SYSTEM_ADMIN, COORDINATOR, EDITOR, STAFF, VIEWER);

    private ScoreActions() {
    }
}
