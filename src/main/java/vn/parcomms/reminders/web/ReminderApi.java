package vn.parcomms.reminders.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.reminders.ChaseCommand;
import vn.parcomms.reminders.Notification;
import vn.parcomms.reminders.PlanReminders;
import vn.parcomms.reminders.ReminderManagement;
import vn.parcomms.reminders.ReminderRecord;
import vn.parcomms.reminders.ReminderSettingsCommand;

/** Reminders and chases of a plan, and the caller's own notifications, over JSON. */
@RestController
@Tag(name = "Reminders", description = "Nhắc việc và đôn đốc; thông báo trong ứng dụng")
class ReminderApi {

    private final ReminderManagement reminders;

    ReminderApi(ReminderManagement reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/plans/{id}/reminders")
    @Operation(summary = "Late bodies of a plan with their overdue occurrences, the plan's reminder setting, and every reminder and chase sent")
    PlanReminders ofPlan(@PathVariable long id) {
        return reminders.ofPlan(id);
    }

    @PostMapping("/api/v1/plans/{id}/chases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chase (đôn đốc) one late body, or every late body when organizationId is omitted; coordinators of the issuer only")
    List<ReminderRecord> chase(@PathVariable long id, @RequestBody ChaseCommand command) {
        return reminders.chase(id, command);
    }

    @PutMapping("/api/v1/plans/{id}/reminder-settings")
    @Operation(summary = "Days before a due date the plan's lead bodies are reminded (0–30; 0 = only when overdue)")
    PlanReminders configure(@PathVariable long id, @RequestBody ReminderSettingsCommand command) {
        return reminders.configure(id, command);
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "The caller's in-app notifications, newest first")
    List<Notification> notifications(@RequestParam(defaultValue = "false") boolean unread) {
        return reminders.notifications(unread);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of the caller's notifications read")
    void markRead(@PathVariable long id) {
        reminders.markRead(id);
    }

    @GetMapping("/api/v1/notifications/preferences")
    @Operation(summary = "The caller's choice of a daily digest e-mail instead of one e-mail per reminder")
    Preferences preferences() {
        return new Preferences(reminders.dailyDigest());
    }

    @PutMapping("/api/v1/notifications/preferences")
    @Operation(summary = "Choose a daily digest e-mail (true) or one e-mail per reminder (false)")
    Preferences setPreferences(@RequestBody Preferences preferences) {
        reminders.setDailyDigest(Boolean.TRUE.equals(preferences.dailyDigest()));
        return new Preferences(reminders.dailyDigest());
    }

    /**
     * Notification preferences.
     *
     * @param dailyDigest one digest e-mail a day instead of one e-mail per reminder
     */
    record Preferences(Boolean dailyDigest) {
    }
}
