package vn.parcomms.plans;

/**
 * A plan was issued (or amended, with {@code revision} above 1): other modules may react, e.g. to
 * send e-mail to the bodies that received tasks.
 *
 * @param planId the plan
 * @param issuerId who issued it
 * @param revision the issued version
 */
public record PlanIssued(long planId, long issuerId, int revision) {
}
