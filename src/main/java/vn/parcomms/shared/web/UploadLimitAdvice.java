package vn.parcomms.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload Tomcat refuses while reading it (a chunked one, without the Content-Length that
 * {@link UploadLimitFilter} checks) is refused before any controller is chosen, so this advice
 * applies to every request: the API answers with a problem naming the limit on the {@code files}
 * field; pages get the 413 error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final Problems problems;
    private final DataSize maxFileSize;

    UploadLimitAdvice(Problems problems, @Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxFileSize) {
        this.problems = problems;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return null;
        }
        String message = problems.message("problem.upload-too-large", UploadLimitFilter.megabytes(maxFileSize));
        ProblemDetail problem = problems.withFieldErrors(List.of(Map.of("field", "files", "message", message)));
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        problem.setTitle(problems.message("problem.title.413"));
        problem.setDetail(message);
        return Problems.response(problem);
    }
}
