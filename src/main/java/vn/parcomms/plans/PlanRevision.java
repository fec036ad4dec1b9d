package vn.parcomms.plans;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued version of a plan: the issue itself or an amendment.
 *
 * @param revision 1 for the issue, then 2, 3 … for each amendment
 * @param kind ISSUE, AMENDMENT or CLOSE
 * @param amendingNumber number of the amending document
 * @param amendingDate its date
 * @param reason why it changed
 * @param changedByName who recorded it
 * @param changedAt when
 */
public record PlanRevision(int revision, String kind, String amendingNumber, LocalDate amendingDate, String reason,
        String changedByName, Instant changedAt) {
}
