package vn.parcomms.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.shared.web.Problems;

/** Writes problem details from security filters, which run before Spring MVC. */
@Component
class ApiProblemWriter {

    private final Problems problems;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ApiProblemWriter(Problems problems, LocaleResolver localeResolver, JsonMapper json) {
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
        var locale = localeResolver.resolveLocale(request);
        var previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            ProblemDetail problem = problems.build(HttpStatus.valueOf(status), problems.message(messageKey));
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
