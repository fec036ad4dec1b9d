package vn.parcomms.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns away uploads over {@code spring.servlet.multipart.max-request-size} before anything reads
 * their form fields. Past the limit Tomcat fails every parameter lookup (the CSRF check, the
 * language switch, even the error page), which would end in the container's bare error page; here
 * the API gets a 413 problem detail naming the limit and a page gets redirected back to itself with
 * {@code ?upload-too-large} so that it can say so in Vietnamese.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

    /** Query parameter a page receives after an upload that was too large. */
    static final String PAGE_FLAG = "upload-too-large";

    private final DataSize limit;
    private final Problems problems;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit, Problems problems,
            LocaleResolver localeResolver, JsonMapper json) {
        this.limit = limit;
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || limit.toBytes() < 0 || request.getContentLengthLong() <= limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Only the query string is read: the body is never parsed.
            String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                    .filter(pair -> !pair.startsWith("_csrf=") && !pair.startsWith(PAGE_FLAG))
                    .collect(Collectors.joining("&"));
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + PAGE_FLAG);
            return;
        }
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
        try {
            ProblemDetail problem = problems.build(HttpStatus.CONTENT_TOO_LARGE,
                    problems.message("problem.upload-too-large", megabytes(limit)));
            problem.setInstance(java.net.URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** "30 MB": the limit as people read it. */
    static String megabytes(DataSize size) {
        return size.toMegabytes() + " MB";
    }
}
