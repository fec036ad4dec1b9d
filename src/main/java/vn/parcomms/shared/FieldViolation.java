package vn.parcomms.shared;

import java.util.List;

/**
 * A rejected input field with the message key that explains why.
 *
 * @param field the form or JSON field name
 * @param messageKey key in the message bundles
 * @param arguments message arguments
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
