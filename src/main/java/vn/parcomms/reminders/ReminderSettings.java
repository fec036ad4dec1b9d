package vn.parcomms.reminders;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders module.
 *
 * @param publicUrl address of the application as users reach it, for links in e-mails
 * @param mailFrom sender address of reminder e-mails
 * @param defaultDaysBefore days before a due date a plan's bodies are reminded unless the plan says otherwise
 * @param overdueCatchUpDays how far back the daily run still sends an overdue reminder it missed (node down, new plan)
 * @param dailyAt time of day (Vietnam) of the reminder run
 * @param digestAt time of day (Vietnam) of the daily digest
 * @param maxAttempts e-mail attempts per recipient before giving up
 */
@ConfigurationProperties("parcomms.reminders")
record ReminderSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("ParComms <no-reply@parcomms.example>") String mailFrom,
        @DefaultValue("3") int defaultDaysBefore,
        @DefaultValue("7") int overdueCatchUpDays,
        @DefaultValue("07:00") LocalTime dailyAt,
        @DefaultValue("07:30") LocalTime digestAt,
        @DefaultValue("5") int maxAttempts) {

    /** The public address without a trailing slash. */
    String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
