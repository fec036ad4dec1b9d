package vn.parcomms.shared.web;

import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;

/** Puts a service's field violations on a page form: next to the field when the form has it, else on top. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        reject(result, e, UnaryOperator.identity());
    }

    /**
     * @param formField maps a violation's field name to the form's (e.g. {@code reach.views} → {@code views})
     */
    public static void reject(BindingResult result, InvalidInputException e, UnaryOperator<String> formField) {
        for (FieldViolation v : e.violations()) {
            String field = formField.apply(v.field());
            if (result.getTarget() != null && hasField(result, field)) {
                result.rejectValue(field, v.messageKey(), v.arguments().toArray(), null);
            } else {
                result.reject(v.messageKey(), v.arguments().toArray(), null);
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
