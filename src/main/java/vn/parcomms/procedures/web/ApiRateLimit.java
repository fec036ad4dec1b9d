package vn.parcomms.procedures.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parcomms.shared.RateLimitedException;

/**
 * Requests per minute for each client of the open procedure API (by address), so one app cannot starve
 * the others: {@code parcomms.procedures.api.requests-per-minute} (600 by default, with the full minute
 * available as a burst). Answers carry X-RateLimit-Limit and X-RateLimit-Remaining; a client over its
 * limit gets 429 with Retry-After.
 */
@Component
class ApiRateLimit {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;

    ApiRateLimit(@Value("${parcomms.procedures.api.requests-per-minute:600}") long perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    void check(HttpServletRequest request, HttpServletResponse response) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, probe.getRemainingTokens())));
        if (!probe.isConsumed()) {
            throw new RateLimitedException((probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L, perMinute);
        }
    }
}
