package vn.parcomms.sites.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Who has an edition open right now: each open edition page reports every 20 seconds, and the page
 * warns when someone else reported within the last minute. Kept in memory (one node); a save that
 * still collides is refused by the version check anyway.
 */
@Component
class EditingPresence {

    private static final Duration RECENT = Duration.ofSeconds(60);

    private record Seen(String name, Instant at) {
    }

    private final Map<Long, Map<Long, Seen>> seen = new ConcurrentHashMap<>();

    /** Records the user on the edition and returns the names of the others seen recently. */
    List<String> here(long editionId, long userId, String name) {
        Instant now = Instant.now();
        Map<Long, Seen> users = seen.computeIfAbsent(editionId, id -> new ConcurrentHashMap<>());
        users.put(userId, new Seen(name, now));
        users.values().removeIf(s -> s.at().isBefore(now.minus(RECENT)));
        if (seen.size() > 10_000) {
            seen.clear();
        }
        return users.entrySet().stream().filter(e -> e.getKey() != userId).map(e -> e.getValue().name()).sorted().toList();
    }
}
