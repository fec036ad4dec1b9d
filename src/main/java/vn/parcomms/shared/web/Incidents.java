package vn.parcomms.shared.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short identifiers that link a failure the user saw to the log line with its stack trace. */
public final class Incidents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    public static String newId() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
