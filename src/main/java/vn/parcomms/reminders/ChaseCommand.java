package vn.parcomms.reminders;

/**
 * A coordinator's chase.
 *
 * @param organizationId the late body to chase, or {@code null} for every late body of the plan
 * @param message an optional message to the bodies
 */
public record ChaseCommand(Long organizationId, String message) {
}
