package vn.parcomms.plans;

import java.time.LocalDate;

/**
 * A body's duty to issue its own plan implementing a higher plan by a date, and where it stands.
 *
 * @param id the obligation
 * @param planId the higher plan
 * @param planNumber its number
 * @param planTitle its title
 * @param planIssuerName who issued it
 * @param organizationId the body that must issue
 * @param organizationName its name
 * @param organizationPath its path
 * @param dueDate by when
 * @param subPlanId the body's plan, once started
 * @param subPlanNumber its number
 * @param subPlanIssueDate its issue date
 * @param state where it stands today
 */
public record Obligation(long id, long planId, String planNumber, String planTitle, String planIssuerName,
        long organizationId, String organizationName, String organizationPath, LocalDate dueDate, Long subPlanId,
        String subPlanNumber, LocalDate subPlanIssueDate, State state) implements vn.parcomms.access.ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }

    /** Compliance states, as the coordinator's table shows them. */
    public enum State {
        NOT_STARTED, DRAFT, ISSUED_ON_TIME, ISSUED_LATE, OVERDUE;

        static State of(String subPlanStatus, LocalDate issueDate, LocalDate due, LocalDate today) {
            if (subPlanStatus == null || "DRAFT".equals(subPlanStatus)) {
                if (today.isAfter(due)) {
                    return OVERDUE;
                }
                return subPlanStatus == null ? NOT_STARTED : DRAFT;
            }
            return issueDate != null && !issueDate.isAfter(due) ? ISSUED_ON_TIME : ISSUED_LATE;
        }

        public String labelKey() {
            return "obligation.state." + name();
        }
    }
}
