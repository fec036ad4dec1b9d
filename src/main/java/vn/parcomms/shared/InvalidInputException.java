package vn.parcomms.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/** Input that breaks a business rule; answered with 400 and per-field messages. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(FieldViolation.of(field, messageKey, arguments)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
