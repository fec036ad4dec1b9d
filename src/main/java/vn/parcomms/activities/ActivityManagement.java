package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.OccurrenceRef;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.Term.Vocabulary;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * The activities module's facade: bodies record what they did, coordinators accept or return it.
 * Only the recording body changes an activity, only before acceptance; after it, a correction is a
 * new version that replaces the accepted one once accepted in turn.
 */
@Service
public class ActivityManagement {

    private final Activities activities;
    private final PlanManagement plans;
    private final Vocabularies vocabularies;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final AccountDirectory accounts;
    private final ProgressQueries progress;

    ActivityManagement(Activities activities, PlanManagement plans, Vocabularies vocabularies,
            OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts, ProgressQueries progress) {
        this.progress = progress;
        this.activities = activities;
        this.plans = plans;
        this.vocabularies = vocabularies;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Activity get(long id) {
        Activity activity = find(id);
        access.check(ActivityActions.VIEW, activity);
        return activity;
    }

    @Transactional(readOnly = true)
    public List<ActivityEvent> events(long id) {
        get(id);
        return activities.events(id);
    }

    /** Activities of the bodies the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> list(ActivityStatus status, Long occurrenceId, LocalDate from, LocalDate to) {
        Actor actor = access.currentActor();
        List<String> paths = actor.grants().stream().filter(g -> ActivityActions.VIEW.roles().contains(g.role()))
                .map(g -> g.organizationPath()).toList();
        return activities.list(paths, status, occurrenceId, from, to, 1_000);
    }

    /** Progress of a plan the current user may read, from accepted activities. */
    @Transactional(readOnly = true)
    public PlanProgress progress(long planId) {
        plans.get(planId);
        return progress.of(planId, plans.today());
    }

    @Transactional
    public Activity record(RecordActivity command) {
        Organization body = organizations.find(command.organizationId()).orElseThrow(
                () -> new InvalidInputException("organizationId", "organization.not-found", command.organizationId()));
        access.check(ActivityActions.RECORD, body);
        RecordActivity clean = validated(command, body, null);
        long id = activities.insert(clean, endOf(clean), null, userId());
        activities.event(id, "RECORDED", userId(), userName(), clean.title());
        return find(id);
    }

    /**
     * Corrects an activity: in place while not yet accepted (a returned one goes back for review);
     * as a new version once accepted.
     */
    @Transactional
    public Activity correct(long id, RecordActivity command) {
        Activity existing = find(id);
        access.check(ActivityActions.RECORD, existing);
        Organization body = organizations.get(existing.organizationId());
        RecordActivity clean = validated(withOrganization(command, body.id()), body, existing);
        if (existing.status().editable()) {
            if (command.version() == null || !activities.update(id, command.version(), clean, endOf(clean))) {
                throw new ConcurrentEditException("activity " + id);
            }
            activities.event(id, "CORRECTED", userId(), userName(), null);
            return find(id);
        }
        if (existing.status() != ActivityStatus.ACCEPTED) {
            throw new InvalidInputException("status", "activity.superseded");
        }
        if (activities.hasOpenCorrection(id)) {
            throw new InvalidInputException("status", "activity.correction-pending");
        }
        long correction = activities.insert(clean, endOf(clean), id, userId());
        activities.event(correction, "RECORDED", userId(), userName(), "Bản sửa của hoạt động số " + id);
        return find(correction);
    }

    @Transactional
    public Activity accept(long id, int version) {
        Activity activity = reviewable(id);
        if (!activities.decide(id, version, ActivityStatus.ACCEPTED, null, userId())) {
            throw new ConcurrentEditException("activity " + id);
        }
        if (activity.supersedesId() != null) {
            activities.supersede(activity.supersedesId());
        }
        activities.event(id, "ACCEPTED", userId(), userName(), null);
        return find(id);
    }

    @Transactional
    public Activity returnForCorrection(long id, int version, String reason) {
        reviewable(id);
        String why = Texts.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "activity.return.reason-required");
        }
        if (!activities.decide(id, version, ActivityStatus.RETURNED, why, userId())) {
            throw new ConcurrentEditException("activity " + id);
        }
        activities.event(id, "RETURNED", userId(), userName(), why);
        return find(id);
    }

    private Activity reviewable(long id) {
        Activity activity = find(id);
        access.check(ActivityActions.REVIEW, activity);
        Long me = userId();
        if (me != null && me.equals(activity.recordedBy())) {
            throw new AccessDeniedException("activities.review-own");
        }
        if (!activity.status().reviewable()) {
            throw new InvalidInputException("status", "activity.review.not-pending");
        }
        return activity;
    }

    private RecordActivity validated(RecordActivity r, Organization body, Activity existing) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate end = r.endDate() == null ? r.startDate() : r.endDate();
        if (end.isBefore(r.startDate())) {
            violations.add(FieldViolation.of("endDate", "activity.end-before-start"));
        }
        if (r.occurrenceId() != null) {
            OccurrenceRef occurrence = plans.occurrence(r.occurrenceId()).orElse(null);
            if (occurrence == null) {
                violations.add(FieldViolation.of("occurrenceId", "activity.occurrence.not-found"));
            } else {
                if (!plans.isAssigned(occurrence, body)) {
                    violations.add(FieldViolation.of("occurrenceId", "activity.occurrence.not-assigned", body.name()));
                }
                if (r.startDate().getYear() != occurrence.planYear() || end.getYear() != occurrence.planYear()) {
                    violations.add(FieldViolation.of("startDate", "activity.date.outside-year", occurrence.planYear()));
                }
            }
        }
        String channel = Texts.clean(r.channel());
        String deliverable = Texts.clean(r.deliverable());
        List<String> topics = r.topics() == null ? List.of() : r.topics().stream().filter(Objects::nonNull).distinct().toList();
        List<String> audiences = r.audiences() == null ? List.of() : r.audiences().stream().filter(Objects::nonNull).distinct().toList();
        violations.addAll(vocabularies.check("channel", Vocabulary.CHANNEL, channel == null ? List.of() : List.of(channel),
                existing == null ? List.of() : List.of(existing.channel())));
        if (deliverable != null) {
            violations.addAll(vocabularies.check("deliverable", Vocabulary.DELIVERABLE, List.of(deliverable),
                    existing == null || existing.deliverable() == null ? List.of() : List.of(existing.deliverable())));
        }
        violations.addAll(vocabularies.check("topics", Vocabulary.TOPIC, topics, existing == null ? List.of() : existing.topics()));
        violations.addAll(vocabularies.check("audiences", Vocabulary.AUDIENCE, audiences,
                existing == null ? List.of() : existing.audiences()));
        List<String> links = new ArrayList<>();
        for (String link : r.links() == null ? List.<String>of() : r.links()) {
            String clean = Texts.clean(link);
            if (clean == null) {
                continue;
            }
            if (!clean.matches("https?://\\S+")) {
                violations.add(FieldViolation.of("links", "activity.link.invalid", clean));
            }
            links.add(clean);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RecordActivity(body.id(), r.occurrenceId(), r.startDate(), end, channel, deliverable,
                Texts.clean(r.title()), Texts.nfc(r.description()), links, r.reach(), topics, audiences, r.version());
    }

    private static RecordActivity withOrganization(RecordActivity r, long organizationId) {
        return new RecordActivity(organizationId, r.occurrenceId(), r.startDate(), r.endDate(), r.channel(),
                r.deliverable(), r.title(), r.description(), r.links(), r.reach(), r.topics(), r.audiences(), r.version());
    }

    private static LocalDate endOf(RecordActivity r) {
        return r.endDate() == null ? r.startDate() : r.endDate();
    }

    private Activity find(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFoundException("activity.not-found", id));
    }

    private Long userId() {
        return accounts.currentUser().map(CurrentUser::id).orElse(null);
    }

    private String userName() {
        return accounts.currentUser().map(CurrentUser::fullName).orElse("Hệ thống");
    }
}
