package vn.parcomms.reminders;

import java.time.Instant;

/**
 * An in-app notification of the signed-in user.
 *
 * @param id the notification
 * @param title short text
 * @param body longer text
 * @param link where to act on it
 * @param createdAt when
 * @param read whether the user has marked it read
 */
public record Notification(long id, String title, String body, String link, Instant createdAt, boolean read) {
}
