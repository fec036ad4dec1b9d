package vn.parcomms.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the e-mails of recorded reminders. Each e-mail is claimed before it is sent, so two
 * nodes never send the same one; a failure is recorded and retried on the next run. Runs outside
 * database transactions: a slow mail server must not hold locks.
 */
@Component
class ReminderDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final Reminders reminders;
    private final ReminderMailer mailer;
    private final ReminderSettings settings;

    ReminderDelivery(Reminders reminders, ReminderMailer mailer, ReminderSettings settings) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** Sends the e-mails of the given reminders, or of every open one when {@code reminderIds} is null. */
    int deliver(Collection<Long> reminderIds) {
        int sent = 0;
        int failed = 0;
        for (Reminders.Delivery delivery : reminders.openDeliveries(reminderIds, settings.maxAttempts())) {
            if (!reminders.claim(delivery.recipientId())) {
                continue;
            }
            String problem = mailer.send(delivery.email(), delivery.subject(), delivery.text(), delivery.html());
            if (problem == null) {
                reminders.markSent(List.of(delivery.recipientId()));
                sent++;
            } else {
                reminders.markFailed(delivery.recipientId(), problem);
                failed++;
            }
        }
        if (failed > 0) {
            log.warn("Reminder e-mails: {} sent, {} failed (recorded, retried on the next run)", sent, failed);
        }
        return sent;
    }

    /** Sends each user who chose a digest one e-mail with everything waiting for them. */
    int sendDigests(LocalDate day) {
        Map<Long, List<Reminders.Delivery>> byUser = new LinkedHashMap<>();
        for (Reminders.Delivery item : reminders.digestItems(settings.maxAttempts())) {
            byUser.computeIfAbsent(item.userId(), k -> new ArrayList<>()).add(item);
        }
        int sent = 0;
        for (List<Reminders.Delivery> items : byUser.values()) {
            String[] digest = ReminderTexts.digest(day, items);
            List<Long> ids = items.stream().map(Reminders.Delivery::recipientId).toList();
            String problem = mailer.send(items.getFirst().email(), digest[0], digest[1], digest[2]);
            if (problem == null) {
                reminders.markSent(ids);
                sent++;
            } else {
                reminders.markDigestFailed(ids, problem);
            }
        }
        return sent;
    }
}
