package vn.parcomms.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.parcomms.access.ScopedResource;

/**
 * Something a body did: a broadcast, an article, a panel, a conference…
 *
 * @param id internal id
 * @param organizationId the recording body
 * @param organizationName its name
 * @param organizationPath its path, for permission checks
 * @param occurrenceId the task occurrence it serves, {@code null} when outside the plan
 * @param startDate first day
 * @param endDate last day
 * @param channel channel code
 * @param deliverable deliverable type code
 * @param title title
 * @param description description
 * @param links links to the published work
 * @param reach reach figures
 * @param topics topic codes
 * @param audiences audience codes
 * @param status review state
 * @param returnReason why it was returned
 * @param supersedesId the accepted activity this one corrects
 * @param version optimistic-lock version
 * @param recordedBy who recorded it
 * @param createdAt when
 */
public record Activity(long id, long organizationId, String organizationName, String organizationPath, Long occurrenceId,
        LocalDate startDate, LocalDate endDate, String channel, String deliverable, String title, String description,
        List<String> links, Reach reach, List<String> topics, List<String> audiences, ActivityStatus status,
        String returnReason, Long supersedesId, int version, Long recordedBy, Instant createdAt) implements ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }

    /**
     * How many people and how much output an activity reached.
     *
     * @param views views of an online item
     * @param listeners listeners of a broadcast
     * @param participants participants of an event
     * @param copies copies printed
     * @param broadcasts number of broadcasts
     * @param durationMinutes duration
     */
    public record Reach(Long views, Long listeners, Long participants, Long copies, Integer broadcasts,
            Integer durationMinutes) {

        public static Reach none() {
            return new Reach(null, null, null, null, null, null);
        }
    }
}
