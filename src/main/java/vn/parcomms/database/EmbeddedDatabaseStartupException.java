package vn.parcomms.database;

/** The embedded database could not start for a reason the operator can fix. */
class EmbeddedDatabaseStartupException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
