package vn.parcomms.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.parcomms.shared.NotFoundException;

/**
 * Every error that escapes a controller ends here: pages get a friendly Vietnamese page, API
 * calls a problem detail. Server errors carry the incident id logged with the stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final Problems problems;

    ErrorPages(ErrorAttributes errorAttributes, Problems problems) {
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request) {
        if (isApi(request)) {
            return problem(request);
        }
        ErrorView view = describe(request);
        var page = new ModelAndView("error/page", view.status());
        page.addObject("status", view.status().value());
        page.addObject("messageKey", view.messageKey());
        page.addObject("detail", view.detail());
        page.addObject("incidentId", view.incidentId());
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        ErrorView view = describe(request);
        ProblemDetail problem = problems.build(view.status(),
                view.detail() != null ? view.detail() : problems.message(view.messageKey()));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(java.net.URI.create(path.toString().replaceAll("[^A-Za-z0-9/._~-]", "_")));
        }
        if (view.incidentId() != null) {
            problem.setProperty("incidentId", view.incidentId());
        }
        return Problems.response(problem);
    }

    private ErrorView describe(HttpServletRequest request) {
        var webRequest = new ServletWebRequest(request);
        Map<String, Object> attributes = errorAttributes.getErrorAttributes(webRequest, ErrorAttributeOptions.defaults());
        HttpStatus status = HttpStatus.resolve(attributes.get("status") instanceof Integer code ? code : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = null;
        if (errorAttributes.getError(webRequest) instanceof NotFoundException notFound) {
            detail = problems.message(notFound.messageKey(), notFound.arguments());
        }
        String messageKey = switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 429 -> "error." + status.value();
            default -> status.is5xxServerError() ? "error.500" : "error.other";
        };
        if (status == HttpStatus.FORBIDDEN && Boolean.TRUE.equals(request.getAttribute("parcomms.csrfFailed"))) {
            messageKey = "error.csrf";
        }
        Object incidentId = attributes.get("incidentId");
        return new ErrorView(status, messageKey, detail, incidentId == null ? null : incidentId.toString());
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private record ErrorView(HttpStatus status, String messageKey, String detail, String incidentId) {
    }
}
