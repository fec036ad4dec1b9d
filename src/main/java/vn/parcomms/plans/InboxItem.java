package vn.parcomms.plans;

import java.time.LocalDate;

/**
 * A task occurrence in a body's inbox.
 *
 * @param occurrenceId the occurrence
 * @param periodKey its period, e.g. 2026-Q2
 * @param startDate first day of the period
 * @param dueDate due date
 * @param taskId the task
 * @param taskNumber its number in the table
 * @param taskTitle its title
 * @param leadName the lead body
 * @param leads whether the inbox owner leads it (otherwise it supports)
 * @param planId the plan
 * @param planNumber the plan's number
 * @param planTitle the plan's title
 * @param issuerName who issued the plan
 */
public record InboxItem(long occurrenceId, String periodKey, LocalDate startDate, LocalDate dueDate, long taskId,
        String taskNumber, String taskTitle, String leadName, boolean leads, long planId, String planNumber,
        String planTitle, String issuerName) {
}
