package vn.parcomms.reminders;

import java.util.List;

/**
 * The reminders page of a plan: who is late, the plan's setting and what was sent.
 *
 * @param planId the plan
 * @param documentNumber its number
 * @param title its title
 * @param daysBefore days before a due date its bodies are reminded (0: only when overdue)
 * @param customized whether the plan has its own setting rather than the default
 * @param lateBodies bodies with overdue occurrences
 * @param history reminders and chases, newest first
 * @param canChase whether the current user may chase and change the setting
 */
public record PlanReminders(long planId, String documentNumber, String title, int daysBefore, boolean customized,
        List<LateBody> lateBodies, List<ReminderRecord> history, boolean canChase) {
}
