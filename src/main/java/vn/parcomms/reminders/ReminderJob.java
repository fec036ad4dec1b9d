package vn.parcomms.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run: records a reminder for every occurrence coming due or just missed, addresses it
 * to the lead body's people, then delivers every open e-mail (including earlier failures). The
 * unique key on automatic reminders makes a rerun, or a second node, record and send nothing twice.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final ReminderRecorder recorder;
    private final ReminderDelivery delivery;
    private final ReminderSettings settings;
    private final TransactionTemplate transactions;
    private final vn.parcomms.plans.OccurrenceStates states;

    ReminderJob(Reminders reminders, ReminderRecorder recorder, ReminderDelivery delivery, ReminderSettings settings,
            TransactionTemplate transactions, vn.parcomms.plans.OccurrenceStates states) {
        this.states = states;
        this.reminders = reminders;
        this.recorder = recorder;
        this.delivery = delivery;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Runs the reminders of {@code day}; returns the reminders recorded. */
    int runDaily(LocalDate day) {
        List<Long> created = new ArrayList<>();
        List<Reminders.Due> candidates = reminders.due(day, settings.defaultDaysBefore(), settings.overdueCatchUpDays());
        // "Done" follows the progress rules (every expected deliverable accepted), not just one accepted activity.
        var stateOf = states.of(candidates.stream().map(Reminders.Due::occurrenceId).toList());
        for (Reminders.Due due : candidates) {
            String state = stateOf.get(due.occurrenceId());
            if ("DONE".equals(state) || "DONE_LATE".equals(state)) {
                continue;
            }
            String path = ReminderRecorder.inboxPath(due.leadId());
            Reminders.Content content = ReminderTexts.automatic(due, day, settings.base() + path);
            String body = ReminderTexts.plan(due.planNumber(), due.planTitle(), due.issuerName()) + " — "
                    + ReminderTexts.period(due.periodKey()) + ", hạn " + ReminderTexts.day(due.dueDate());
            Long id = transactions.execute(status -> reminders.insertAutomatic(due, content)
                    .map(reminderId -> {
                        recorder.address(reminderId, due.leadId(), content.subject(), body, path, null);
                        return reminderId;
                    }).orElse(null));
            if (id != null) {
                created.add(id);
            }
        }
        int sent = delivery.deliver(null);
        log.info("Reminders of {}: {} recorded, {} e-mails sent", day, created.size(), sent);
        return created.size();
    }

    /** Sends the daily digests; returns the e-mails sent. */
    int runDigest(LocalDate day) {
        return delivery.sendDigests(day);
    }
}
