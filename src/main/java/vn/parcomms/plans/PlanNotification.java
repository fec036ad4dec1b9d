package vn.parcomms.plans;

import java.time.Instant;

/**
 * An in-app notification to a body, e.g. that a plan giving it tasks was issued.
 *
 * @param planId the plan it is about
 * @param message what happened
 * @param createdAt when
 */
public record PlanNotification(long planId, String message, Instant createdAt) {
}
