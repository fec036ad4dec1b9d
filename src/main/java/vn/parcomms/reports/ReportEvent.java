package vn.parcomms.reports;

import java.time.Instant;

/**
 * One step in a report's history.
 *
 * @param kind CREATED, SAVED, SUBMITTED, ACCEPTED, RETURNED, REOPENED
 * @param actorName who
 * @param details comment, reason or what changed
 * @param at when
 */
public record ReportEvent(String kind, String actorName, String details, Instant at) {
}
