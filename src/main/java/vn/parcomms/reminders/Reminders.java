package vn.parcomms.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.shared.JdbcRows;

/** The reminder log, its recipients, users' notifications and preferences, and the settings per plan. */
@Repository
class Reminders {

    private static final String HISTORY = """
            SELECT r.id, r.kind, r.plan_id, r.occurrence_id, r.task_number, r.task_title, r.period_key, r.due_date,
                   r.organization_id, o.name AS organization_name, r.sender_name, r.message, r.subject, r.created_at,
                   count(rr.id) AS recipients,
                   count(rr.id) FILTER (WHERE rr.status = 'SENT') AS emailed,
                   count(rr.id) FILTER (WHERE rr.status = 'FAILED') AS failed,
                   count(rr.id) FILTER (WHERE rr.status IN ('PENDING', 'SENDING', 'DIGEST')) AS waiting
            FROM reminder r
            JOIN organization o ON o.id = r.organization_id
            LEFT JOIN reminder_recipient rr ON rr.reminder_id = r.id
            """;

    private static final RowMapper<ReminderRecord> RECORD = (rs, row) -> new ReminderRecord(rs.getLong("id"),
            ReminderKind.valueOf(rs.getString("kind")), rs.getLong("plan_id"), JdbcRows.nullableLong(rs, "occurrence_id"),
            rs.getString("task_number"), rs.getString("task_title"), rs.getString("period_key"),
            JdbcRows.date(rs, "due_date"), rs.getLong("organization_id"), rs.getString("organization_name"),
            rs.getString("sender_name"), rs.getString("message"), rs.getString("subject"),
            JdbcRows.instant(rs, "created_at"), rs.getInt("recipients"), rs.getInt("emailed"), rs.getInt("failed"),
            rs.getInt("waiting"));

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ settings

    Optional<Integer> daysBefore(long planId) {
        return jdbc.sql("SELECT days_before FROM reminder_setting WHERE plan_id = :plan").param("plan", planId)
                .query(Integer.class).optional();
    }

    void saveDaysBefore(long planId, int days, Long userId) {
        jdbc.sql("""
                INSERT INTO reminder_setting (plan_id, days_before, updated_by) VALUES (:plan, :days, :user)
                ON CONFLICT (plan_id) DO UPDATE SET days_before = excluded.days_before, updated_by = excluded.updated_by,
                    updated_at = now()
                """).param("plan", planId).param("days", days).param("user", userId).update();
    }

    // ------------------------------------------------------------------ the daily run

    /** An occurrence whose lead body should be reminded today. */
    record Due(ReminderKind kind, long occurrenceId, String periodKey, LocalDate dueDate, String taskNumber,
            String taskTitle, long planId, String planNumber, String planTitle, String issuerName, long leadId,
            String leadName) {
    }

    /**
     * Occurrences of issued plans (the job drops those already done) that fall due within the plan's
     * reminder window after {@code day}, or fell due within the catch-up window before it, and
     * whose lead body has not had that reminder yet. Reads the plan and activity tables directly,
     * like the progress query does, because one query serves every plan of the installation.
     */
    List<Due> due(LocalDate day, int defaultDaysBefore, int catchUpDays) {
        return jdbc.sql("""
                SELECT CASE WHEN oc.due_date > :day THEN 'BEFORE_DUE' ELSE 'OVERDUE' END AS kind,
                       oc.id, oc.period_key, oc.due_date, t.number, t.title, p.id AS plan_id, p.document_number,
                       p.title AS plan_title, i.name AS issuer_name, t.lead_id, l.name AS lead_name
                FROM task_occurrence oc
                JOIN plan_task t ON t.id = oc.task_id
                JOIN plan p ON p.id = oc.plan_id
                JOIN organization i ON i.id = p.issuer_id
                JOIN organization l ON l.id = t.lead_id
                LEFT JOIN reminder_setting s ON s.plan_id = p.id
                WHERE p.status = 'ISSUED'
                  AND ((oc.due_date > :day AND oc.due_date <= CAST(:day AS date) + coalesce(s.days_before, :days))
                       OR (oc.due_date < :day AND oc.due_date >= CAST(:day AS date) - :catchUp))
                  AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.occurrence_id = oc.id AND r.organization_id = t.lead_id
                                  AND r.kind = CASE WHEN oc.due_date > :day THEN 'BEFORE_DUE' ELSE 'OVERDUE' END)
                ORDER BY p.id, oc.due_date, t.position
                """).param("day", day).param("days", defaultDaysBefore).param("catchUp", catchUpDays)
                .query((rs, row) -> new Due(ReminderKind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getString("period_key"), JdbcRows.date(rs, "due_date"), rs.getString("number"),
                        rs.getString("title"), rs.getLong("plan_id"), rs.getString("document_number"),
                        rs.getString("plan_title"), rs.getString("issuer_name"), rs.getLong("lead_id"),
                        rs.getString("lead_name")))
                .list();
    }

    /** Content of a reminder as sent. */
    record Content(String subject, String text, String html, String link) {
    }

    /** Records an automatic reminder unless another run already did: then empty. */
    Optional<Long> insertAutomatic(Due due, Content content) {
        return jdbc.sql("""
                INSERT INTO reminder (kind, plan_id, occurrence_id, task_number, task_title, period_key, due_date,
                                      organization_id, subject, body_text, body_html, link)
                VALUES (:kind, :plan, :occurrence, :number, :title, :period, :due, :organization, :subject, :text, :html,
                        :link)
                ON CONFLICT (kind, occurrence_id, organization_id) WHERE kind <> 'CHASE' DO NOTHING
                RETURNING id
                """).param("kind", due.kind().name()).param("plan", due.planId()).param("occurrence", due.occurrenceId())
                .param("number", due.taskNumber()).param("title", due.taskTitle()).param("period", due.periodKey())
                .param("due", due.dueDate()).param("organization", due.leadId()).param("subject", content.subject())
                .param("text", content.text()).param("html", content.html()).param("link", content.link())
                .query(Long.class).optional();
    }

    long insertChase(long planId, long organizationId, Long senderId, String senderName, String message,
            Content content) {
        return jdbc.sql("""
                INSERT INTO reminder (kind, plan_id, organization_id, sender_id, sender_name, message, subject, body_text,
                                      body_html, link)
                VALUES ('CHASE', :plan, :organization, :sender, :senderName, :message, :subject, :text, :html, :link)
                RETURNING id
                """).param("plan", planId).param("organization", organizationId).param("sender", senderId)
                .param("senderName", senderName).param("message", message).param("subject", content.subject())
                .param("text", content.text()).param("html", content.html()).param("link", content.link())
                .query(Long.class).single();
    }

    void addRecipient(long reminderId, long userId, String email, String status) {
        jdbc.sql("""
                INSERT INTO reminder_recipient (reminder_id, user_id, email, status) VALUES (:reminder, :user, :email, :status)
                ON CONFLICT (reminder_id, user_id) DO NOTHING
                """).param("reminder", reminderId).param("user", userId).param("email", email).param("status", status)
                .update();
    }

    void addNotification(long userId, long reminderId, String title, String body, String link) {
        jdbc.sql("""
                INSERT INTO user_notification (user_id, reminder_id, title, body, link)
                VALUES (:user, :reminder, :title, :body, :link)
                ON CONFLICT (user_id, reminder_id) DO NOTHING
                """).param("user", userId).param("reminder", reminderId).param("title", title).param("body", body)
                .param("link", link).update();
    }

    // ------------------------------------------------------------------ e-mail delivery

    /** One e-mail to deliver. */
    record Delivery(long recipientId, long userId, String email, String subject, String text, String html) {
    }

    private static final String OPEN = """
            (rr.status IN ('PENDING', 'FAILED')
             OR (rr.status = 'SENDING' AND rr.attempted_at < now() - interval '1 hour'))
            """;

    /** E-mails not delivered yet (new, failed, or stuck by a node that died while sending). */
    List<Delivery> openDeliveries(Collection<Long> reminderIds, int maxAttempts) {
        String only = reminderIds == null ? "" : " AND rr.reminder_id IN (:ids)";
        var spec = jdbc.sql("""
                SELECT rr.id, rr.user_id, rr.email, r.subject, r.body_text, r.body_html
                FROM reminder_recipient rr JOIN reminder r ON r.id = rr.reminder_id
                WHERE rr.email IS NOT NULL AND rr.attempts < :max AND """ + OPEN + only + " ORDER BY rr.id LIMIT 5000")
                .param("max", maxAttempts);
        if (reminderIds != null) {
            if (reminderIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("ids", reminderIds);
        }
        return spec.query((rs, row) -> new Delivery(rs.getLong("id"), rs.getLong("user_id"), rs.getString("email"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"))).list();
    }

    /** Takes one e-mail for sending; false when another node or run took it first. */
    boolean claim(long recipientId) {
        return jdbc.sql("UPDATE reminder_recipient rr SET status = 'SENDING', attempts = attempts + 1, attempted_at = now()"
                + " WHERE rr.id = :id AND " + OPEN).param("id", recipientId).update() == 1;
    }

    void markSent(Collection<Long> recipientIds) {
        jdbc.sql("UPDATE reminder_recipient SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id IN (:ids)")
                .param("ids", recipientIds).update();
    }

    void markFailed(long recipientId, String error) {
        jdbc.sql("UPDATE reminder_recipient SET status = 'FAILED', last_error = :error WHERE id = :id")
                .param("id", recipientId).param("error", error).update();
    }

    /** Items waiting for users' daily digests. */
    List<Delivery> digestItems(int maxAttempts) {
        return jdbc.sql("""
                SELECT rr.id, rr.user_id, rr.email, r.subject, r.body_text, r.body_html
                FROM reminder_recipient rr JOIN reminder r ON r.id = rr.reminder_id
                WHERE rr.status = 'DIGEST' AND rr.email IS NOT NULL AND rr.attempts < :max
                ORDER BY rr.user_id, r.created_at, rr.id
                """).param("max", maxAttempts)
                .query((rs, row) -> new Delivery(rs.getLong("id"), rs.getLong("user_id"), rs.getString("email"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"))).list();
    }

    void markDigestFailed(Collection<Long> recipientIds, String error) {
        jdbc.sql("""
                UPDATE reminder_recipient SET attempts = attempts + 1, attempted_at = now(), last_error = :error
                WHERE id IN (:ids) AND status = 'DIGEST'
                """).param("ids", recipientIds).param("error", error).update();
    }

    // ------------------------------------------------------------------ reading

    List<ReminderRecord> history(long planId, int limit) {
        return jdbc.sql(HISTORY + " WHERE r.plan_id = :plan GROUP BY r.id, o.name ORDER BY r.created_at DESC, r.id DESC LIMIT :limit")
                .param("plan", planId).param("limit", limit).query(RECORD).list();
    }

    List<ReminderRecord> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HISTORY + " WHERE r.id IN (:ids) GROUP BY r.id, o.name ORDER BY r.id").param("ids", ids)
                .query(RECORD).list();
    }

    /** When each body was last chased for the plan. */
    Map<Long, Instant> lastChases(long planId) {
        Map<Long, Instant> last = new HashMap<>();
        jdbc.sql("SELECT organization_id, max(created_at) AS at FROM reminder WHERE plan_id = :plan AND kind = 'CHASE'"
                + " GROUP BY organization_id").param("plan", planId).query((rs, row) -> {
                    last.put(rs.getLong("organization_id"), JdbcRows.instant(rs, "at"));
                    return null;
                }).list();
        return last;
    }

    // ------------------------------------------------------------------ notifications and preferences

    List<Notification> notifications(long userId, boolean unreadOnly, int limit) {
        return jdbc.sql("SELECT id, title, body, link, created_at, read_at FROM user_notification WHERE user_id = :user"
                + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("user", userId).param("limit", limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("link"), JdbcRows.instant(rs, "created_at"), rs.getObject("read_at") != null))
                .list();
    }

    long unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM user_notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", userId).query(Long.class).single();
    }

    /** Marks the user's own notification read; false when it is not theirs or does not exist. */
    boolean markRead(long userId, long notificationId) {
        return jdbc.sql("UPDATE user_notification SET read_at = coalesce(read_at, now()) WHERE id = :id AND user_id = :user")
                .param("id", notificationId).param("user", userId).update() == 1;
    }

    int markAllRead(long userId) {
        return jdbc.sql("UPDATE user_notification SET read_at = now() WHERE user_id = :user AND read_at IS NULL")
                .param("user", userId).update();
    }

    boolean prefersDigest(long userId) {
        return jdbc.sql("SELECT daily_digest FROM notification_preference WHERE user_id = :user").param("user", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    void saveDigestPreference(long userId, boolean dailyDigest) {
        jdbc.sql("""
                INSERT INTO notification_preference (user_id, daily_digest) VALUES (:user, :digest)
                ON CONFLICT (user_id) DO UPDATE SET daily_digest = excluded.daily_digest, updated_at = now()
                """).param("user", userId).param("digest", dailyDigest).update();
    }
}
