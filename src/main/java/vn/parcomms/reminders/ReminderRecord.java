package vn.parcomms.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder or chase as the history shows it.
 *
 * @param id the reminder
 * @param kind why it was sent
 * @param planId the plan
 * @param occurrenceId the occurrence, for automatic reminders
 * @param taskNumber the task's number, for automatic reminders
 * @param taskTitle the task's title, for automatic reminders
 * @param periodKey the period, for automatic reminders
 * @param dueDate the due date, for automatic reminders
 * @param organizationId the body reminded
 * @param organizationName its name
 * @param senderName who chased, {@code null} for the system
 * @param message the coordinator's message of a chase
 * @param subject the e-mail subject (also the notification title)
 * @param createdAt when
 * @param recipients users it went to
 * @param emailed e-mails delivered
 * @param failed e-mails that failed (retried on the next run)
 * @param waiting e-mails waiting for delivery or for a daily digest
 */
public record ReminderRecord(long id, ReminderKind kind, long planId, Long occurrenceId, String taskNumber,
        String taskTitle, String periodKey, LocalDate dueDate, long organizationId, String organizationName,
        String senderName, String message, String subject, Instant createdAt, int recipients, int emailed, int failed,
        int waiting) {
}
