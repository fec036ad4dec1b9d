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

    /**
     * The violations as messages in the reader's language by field, in order (two on one field joined), for
     * forms built from request parameters, whose fragment {@code fragments/forms :: fieldError} shows each
     * beside its input. A key that is already a message (it holds a space: bean validation's) is kept as is.
     */
    public static java.util.Map<String, String> messages(InvalidInputException e, org.springframework.context.MessageSource source) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.Map<String, String> messages = new java.util.LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            String message = v.messageKey().contains(" ") ? v.messageKey()
                    : source.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale);
            messages.merge(v.field(), message, (a, b) -> a + " " + b);
        }
        return messages;
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
