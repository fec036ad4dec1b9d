package vn.parcomms.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * So many requests a minute for each client address (a token bucket each, the whole minute available as a
 * burst). The addresses kept are bounded: past the bound every bucket starts full again.
 */
public final class LimitPerAddress {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;
    private final int maxAddresses;

    public LimitPerAddress(long perMinute, int maxAddresses) {
        this.perMinute = Math.max(1, perMinute);
        this.maxAddresses = maxAddresses;
    }

    public long perMinute() {
        return perMinute;
    }

    /** Takes one request from the address's bucket: whether it was allowed, what remains and when it refills. */
    public ConsumptionProbe take(String address) {
        if (buckets.size() > maxAddresses) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
