package vn.parcomms.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;

/**
 * Answers API errors as problem details with Vietnamese (or English) messages and per-field
 * errors. Unexpected exceptions fall through to {@link ErrorPages}, which logs them under an
 * incident id.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(),
                    "message", messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", "",
                "message", messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return Problems.response(problems.withFieldErrors(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", result.getMethodParameter().getParameterName() == null ? ""
                                : result.getMethodParameter().getParameterName(),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))));
        return Problems.response(problems.withFieldErrors(errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldViolation violation : e.violations()) {
            errors.add(Map.of("field", violation.field(),
                    "message", problems.message(violation.messageKey(), violation.arguments().toArray())));
        }
        return Problems.response(problems.withFieldErrors(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(problems.withFieldErrors(List.of(Map.of("field", e.getName(),
                "message", problems.message("problem.type-mismatch")))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.response(problems.withFieldErrors(List.of(Map.of("field", e.getParameterName(),
                "message", problems.message("validation.required")))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // A well-formed body with a wrong value (a word where a number belongs, a missing flag)
        // names the field; broken JSON cannot.
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            return Problems.response(problems.withFieldErrors(List.of(Map.of("field", field,
                    "message", problems.message("problem.type-mismatch")))));
        }
        return problems.response(HttpStatus.BAD_REQUEST, "problem.unreadable");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.media-type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problems.response(HttpStatus.METHOD_NOT_ALLOWED, "problem.method");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problems.response(HttpStatus.NOT_FOUND, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentEditException e) {
        return problems.response(HttpStatus.CONFLICT, "problem.concurrent-edit");
    }
}
