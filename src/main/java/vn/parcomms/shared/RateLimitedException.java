package vn.parcomms.shared;

/** A client asked too often; answered with 429, a Retry-After header and a message saying when to try again. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;
    private final long limitPerMinute;

    public RateLimitedException(long retryAfterSeconds, long limitPerMinute) {
        super("rate limited");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.limitPerMinute = limitPerMinute;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long limitPerMinute() {
        return limitPerMinute;
    }
}
