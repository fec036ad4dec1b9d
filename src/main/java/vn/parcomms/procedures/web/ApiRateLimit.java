package vn.parcomms.procedures.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.shared.web.LimitPerAddress;

/**
 * Requests per minute for each client of the open procedure API (by address), so one app cannot starve
 * the others: {@code parcomms.procedures.api.requests-per-minute} (600 by default, the full minute
 * available as a burst). It runs before everything else, the page cache included, so cached answers count
 * too. Answers carry X-RateLimit-Limit and X-RateLimit-Remaining; a client over its limit gets 429 with
 * Retry-After and a message saying when to try again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 19)
class ApiRateLimit extends OncePerRequestFilter {

    static final List<String> HEADERS = List.of("X-RateLimit-Limit", "X-RateLimit-Remaining");
    private final LimitPerAddress clients;
    private final long perMinute;
    private final MessageSource messages;
    private final JsonMapper json;

    ApiRateLimit(@Value("${parcomms.procedures.api.requests-per-minute:600}") long perMinute, MessageSource messages,
            JsonMapper json) {
        this.clients = new LimitPerAddress(perMinute, 100_000);
        this.perMinute = clients.perMinute();
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !path.equals("/api/v1/procedures") && !path.startsWith("/api/v1/procedures/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = clients.take(request.getRemoteAddr());
        response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, probe.getRemainingTokens())));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem.rate-limited", new Object[] {perMinute, retryAfter}, locale));
        problem.setTitle(messages.getMessage("problem.rate-limited.title", null, locale));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
