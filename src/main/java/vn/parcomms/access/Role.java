package vn.parcomms.access;

/** Roles a user holds, each scoped to an organization (and optionally everything under it). */
public enum Role {
    /** Administers users, organizations and settings in its scope. */
    SYSTEM_ADMIN,
    /** Runs plans, chases bodies and accepts reports for its subtree. */
    COORDINATOR,
    /** Publishes on its body's public site. */
    EDITOR,
    /** Records activities, drafts reports and articles. */
    STAFF,
    /** Reads. */
    VIEWER
}
