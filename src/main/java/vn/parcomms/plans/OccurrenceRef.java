package vn.parcomms.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A task occurrence as other modules need it: what it belongs to and who is assigned.
 *
 * @param occurrenceId the occurrence
 * @param periodKey its period
 * @param dueDate its due date
 * @param taskId the task
 * @param taskTitle the task's title
 * @param planId the plan
 * @param planYear the plan year
 * @param issuerId the plan's issuer
 * @param leadId the lead body
 * @param coordinatorIds named coordinating bodies
 * @param coordinatorGroup a coordinating group of the issuer's bodies
 */
public record OccurrenceRef(long occurrenceId, String periodKey, LocalDate dueDate, long taskId, String taskTitle,
        long planId, int planYear, long issuerId, Long leadId, List<Long> coordinatorIds, BodyGroup coordinatorGroup) {
}
