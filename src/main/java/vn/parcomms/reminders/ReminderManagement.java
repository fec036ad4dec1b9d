package vn.parcomms.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.PlanProgress;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanStatus;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * The reminders module's facade: the late bodies of a plan and its history of reminders, the
 * coordinator's chase (đôn đốc), the plan's reminder setting, and the signed-in user's
 * notifications and digest preference. Every call checks the current user's permission here.
 */
@Service
public class ReminderManagement {

    /** Longest chase message accepted. */
    public static final int MAX_MESSAGE = 2000;
    /** Largest number of days before a due date a plan may remind. */
    public static final int MAX_DAYS_BEFORE = 30;

    private final Reminders reminders;
    private final ReminderRecorder recorder;
    private final ReminderDelivery delivery;
    private final ReminderSettings settings;
    private final PlanManagement plans;
    private final ActivityManagement activities;
    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final TransactionTemplate transactions;

    ReminderManagement(Reminders reminders, ReminderRecorder recorder, ReminderDelivery delivery,
            ReminderSettings settings, PlanManagement plans, ActivityManagement activities, AccountDirectory accounts,
            AccessPolicy access, TransactionTemplate transactions) {
        this.reminders = reminders;
        this.recorder = recorder;
        this.delivery = delivery;
        this.settings = settings;
        this.plans = plans;
        this.activities = activities;
        this.accounts = accounts;
        this.access = access;
        this.transactions = transactions;
    }

    // ------------------------------------------------------------------ plans

    /** Late bodies, setting and history of a plan the current user may follow. */
    @Transactional(readOnly = true)
    public PlanReminders ofPlan(long planId) {
        Plan plan = plans.get(planId);
        access.check(ReminderActions.VIEW, plan);
        var days = reminders.daysBefore(planId);
        return new PlanReminders(planId, plan.documentNumber(), plan.title(),
                days.orElse(settings.defaultDaysBefore()), days.isPresent(), lateBodies(plan),
                reminders.history(planId, 300), access.allows(ReminderActions.CHASE, plan));
    }

    /**
     * Chases one late body, or every late body when {@code command.organizationId()} is null: each
     * gets a recorded chase listing its overdue occurrences, in-app and by e-mail.
     *
     * @return the chases recorded, one per body
     */
    public List<ReminderRecord> chase(long planId, ChaseCommand command) {
        Plan plan = plans.get(planId);
        access.check(ReminderActions.CHASE, plan);
        if (plan.status() != PlanStatus.ISSUED) {
            throw new InvalidInputException("organizationId", "reminder.chase.not-issued");
        }
        String message = command.message() == null ? null : Texts.nfc(command.message()).strip();
        if (message != null && message.isEmpty()) {
            message = null;
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new InvalidInputException("message", "reminder.chase.message-too-long", MAX_MESSAGE);
        }
        List<LateBody> late = lateBodies(plan);
        List<LateBody> targets = command.organizationId() == null ? late
                : late.stream().filter(b -> b.organizationId() == command.organizationId()).toList();
        if (late.isEmpty()) {
            throw new InvalidInputException("organizationId", "reminder.chase.none-late");
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("organizationId", "reminder.chase.not-late");
        }
        CurrentUser me = accounts.currentUser().orElse(null);
        Long senderId = me == null ? null : me.id();
        String senderName = me == null ? "ParComms" : me.fullName();
        String note = message;
        List<Long> ids = transactions.execute(status -> {
            List<Long> created = new ArrayList<>();
            for (LateBody body : targets) {
                String path = ReminderRecorder.inboxPath(body.organizationId());
                Reminders.Content content = ReminderTexts.chase(plan.documentNumber(), plan.title(), plan.issuerName(),
                        body, senderName, note, settings.base() + path);
                long id = reminders.insertChase(planId, body.organizationId(), senderId, senderName, note, content);
                String summary = ReminderTexts.plan(plan.documentNumber(), plan.title(), plan.issuerName())
                        + (note == null ? "" : " — " + note);
                recorder.address(id, body.organizationId(), content.subject(), summary, path, senderId);
                created.add(id);
            }
            return created;
        });
        delivery.deliver(ids);
        return reminders.byIds(ids);
    }

    /** Sets how many days before a due date the plan's lead bodies are reminded. */
    @Transactional
    public PlanReminders configure(long planId, ReminderSettingsCommand command) {
        Plan plan = plans.get(planId);
        access.check(ReminderActions.CONFIGURE, plan);
        if (command.daysBefore() == null) {
            throw new InvalidInputException("daysBefore", "validation.required");
        }
        if (command.daysBefore() < 0 || command.daysBefore() > MAX_DAYS_BEFORE) {
            throw new InvalidInputException("daysBefore", "reminder.days-before.range", MAX_DAYS_BEFORE);
        }
        reminders.saveDaysBefore(planId, command.daysBefore(), access.currentActor().userId());
        return ofPlan(planId);
    }

    private List<LateBody> lateBodies(Plan plan) {
        if (plan.status() == PlanStatus.DRAFT) {
            return List.of();
        }
        PlanProgress progress = activities.progress(plan.id());
        LocalDate today = plans.today();
        Map<Long, List<LateBody.LateOccurrence>> byBody = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (PlanProgress.OccurrenceProgress o : progress.occurrences()) {
            if (o.state() != PlanProgress.State.OVERDUE || o.leadId() == null) {
                continue;
            }
            names.put(o.leadId(), o.leadName());
            byBody.computeIfAbsent(o.leadId(), k -> new ArrayList<>()).add(new LateBody.LateOccurrence(o.occurrenceId(),
                    o.taskNumber(), o.taskTitle(), o.periodKey(), o.dueDate(), ChronoUnit.DAYS.between(o.dueDate(), today)));
        }
        Map<Long, Instant> chased = reminders.lastChases(plan.id());
        return byBody.entrySet().stream()
                .map(e -> new LateBody(e.getKey(), names.get(e.getKey()),
                        e.getValue().stream().sorted(Comparator.comparing(LateBody.LateOccurrence::dueDate)).toList(),
                        chased.get(e.getKey())))
                .sorted(Comparator.comparing(LateBody::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    // ------------------------------------------------------------------ the signed-in user's notifications

    @Transactional(readOnly = true)
    public List<Notification> notifications(boolean unreadOnly) {
        return reminders.notifications(me().id(), unreadOnly, 200);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return accounts.currentUser().map(user -> reminders.unread(user.id())).orElse(0L);
    }

    /** Marks one of the user's notifications read; someone else's answers 404, as if it did not exist. */
    @Transactional
    public void markRead(long notificationId) {
        if (!reminders.markRead(me().id(), notificationId)) {
            throw new NotFoundException("notification.not-found", notificationId);
        }
    }

    @Transactional
    public int markAllRead() {
        return reminders.markAllRead(me().id());
    }

    @Transactional(readOnly = true)
    public boolean dailyDigest() {
        return reminders.prefersDigest(me().id());
    }

    /** One daily digest e-mail instead of one e-mail per reminder (in-app notifications are unchanged). */
    @Transactional
    public void setDailyDigest(boolean dailyDigest) {
        reminders.saveDigestPreference(me().id(), dailyDigest);
    }

    private CurrentUser me() {
        CurrentUser user = accounts.currentUser().orElseThrow(() -> new AccessDeniedException("reminders.notifications"));
        // Notifications are personal: any signed-in user with a role reads their own, and only those.
        access.checkSomewhere(ReminderActions.NOTIFICATIONS);
        return user;
    }
}
