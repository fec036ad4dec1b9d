package vn.parcomms.reminders;

/**
 * A plan's reminder setting.
 *
 * @param daysBefore days before a due date its bodies are reminded, 0 to remind only when overdue
 */
public record ReminderSettingsCommand(Integer daysBefore) {
}
