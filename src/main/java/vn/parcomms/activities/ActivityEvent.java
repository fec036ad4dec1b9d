package vn.parcomms.activities;

import java.time.Instant;

/**
 * One line of an activity's audit trail.
 *
 * @param kind RECORDED, CORRECTED, ACCEPTED, RETURNED
 * @param actorName who
 * @param details what, e.g. the reason for a return
 * @param at when
 */
public record ActivityEvent(String kind, String actorName, String details, Instant at) {
}
