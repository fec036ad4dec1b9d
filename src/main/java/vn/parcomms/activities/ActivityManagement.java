package vn.parcomms.activities;

import vn.parcomms.shared.files.FileStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
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
    private final FileStore store;
    private final EvidenceFiles evidence;
    private final LinkTitles linkTitles;

    /** At most this many files on one activity. */
    static final int MAX_FILES = 20;

    ActivityManagement(Activities activities, PlanManagement plans, Vocabularies vocabularies,
            OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts, ProgressQueries progress,
            FileStore store, EvidenceFiles evidence, LinkTitles linkTitles) {
        this.progress = progress;
        this.store = store;
        this.evidence = evidence;
        this.linkTitles = linkTitles;
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
        Activity activity = find(id);
        access.check(ActivityActions.REVIEW, activity);
        return activities.events(id);
    }

    /** Whether the current user sees the audit trail of the activity (coordinators of its body). */
    public boolean canReview(Activity activity) {
        return access.allows(ActivityActions.REVIEW, activity);
    }

    /** Whether the current user may correct the activity (its body's staff and coordinators). */
    public boolean canRecord(Activity activity) {
        return access.allows(ActivityActions.RECORD, activity) && activity.status() != ActivityStatus.SUPERSEDED;
    }

    /** The evidence of an activity the current user may read: files and links with their captured titles. */
    @Transactional(readOnly = true)
    public Evidence evidence(long id) {
        Activity activity = get(id);
        Map<String, String> titles = linkTitles.titles(activity.links());
        return new Evidence(evidence.of(id),
                activity.links().stream().map(url -> new EvidenceLink(url, titles.get(url))).toList());
    }

    /**
     * Evidence of an activity: its files and its links.
     *
     * @param files files, oldest first
     * @param links links with captured titles
     */
    public record Evidence(List<EvidenceFile> files, List<EvidenceLink> links) {
    }

    /**
     * Opens an evidence file for a reader of its activity; the download is recorded in the audit trail.
     *
     * @param thumbnail the thumbnail instead of the file (not recorded)
     */
    @Transactional
    public EvidenceDownload download(long activityId, long fileId, boolean thumbnail) {
        Activity activity = get(activityId);
        EvidenceFiles.Stored stored = evidence.stored(activityId, fileId)
                .orElseThrow(() -> new NotFoundException("activity.evidence.not-found", fileId));
        if (thumbnail) {
            if (stored.thumbnailKey() == null) {
                throw new NotFoundException("activity.evidence.not-found", fileId);
            }
            return new EvidenceDownload(stored.file(), store.resolve(stored.thumbnailKey()), "image/jpeg");
        }
        activities.event(activity.id(), "DOWNLOADED", userId(), userName(), stored.file().name());
        return new EvidenceDownload(stored.file(), store.resolve(stored.key()), stored.file().mediaType());
    }

    /**
     * A file to send.
     *
     * @param file its record
     * @param path where it lies
     * @param mediaType the type to send it as
     */
    public record EvidenceDownload(EvidenceFile file, java.nio.file.Path path, String mediaType) {
    }

    /** Adds files to an activity not yet accepted. */
    @Transactional
    public List<EvidenceFile> attach(long id, List<MultipartFile> files) {
        Activity activity = find(id);
        access.check(ActivityActions.RECORD, activity);
        if (!activity.status().editable()) {
            throw new InvalidInputException("files", "activity.evidence.locked");
        }
        attachFiles(id, files);
        return evidence.of(id);
    }

    /** Takes a file off an activity not yet accepted; the stored file stays for the audit trail. */
    @Transactional
    public void detach(long id, long fileId) {
        Activity activity = find(id);
        access.check(ActivityActions.RECORD, activity);
        if (!activity.status().editable()) {
            throw new InvalidInputException("files", "activity.evidence.locked");
        }
        EvidenceFiles.Stored stored = evidence.stored(id, fileId)
                .orElseThrow(() -> new NotFoundException("activity.evidence.not-found", fileId));
        evidence.remove(id, fileId);
        activities.event(id, "FILE_REMOVED", userId(), userName(), stored.file().name());
    }

    private void attachFiles(long activityId, List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<FileStore.StoredFile> stored = store.storeAll(files);
        if (evidence.count(activityId) + stored.size() > MAX_FILES) {
            throw new InvalidInputException("files", "activity.evidence.too-many", MAX_FILES);
        }
        for (FileStore.StoredFile file : stored) {
            evidence.insert(activityId, file, userId());
            activities.event(activityId, "FILE_ADDED", userId(), userName(),
                    file.originalName() + " (" + file.mediaType() + ", " + file.size() + " B, SHA-256 " + file.sha256() + ")");
        }
    }

    /** Activities of the bodies the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> list(ActivityStatus status, Long occurrenceId, LocalDate from, LocalDate to) {
        return list(new ActivityFilter(status, occurrenceId, from, to, null, null), 0, 1_000);
    }

    /** A page of the activities the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> list(ActivityFilter filter, int offset, int limit) {
        Actor actor = access.currentActor();
        List<String> paths = actor.grants().stream().filter(g -> ActivityActions.VIEW.roles().contains(g.role()))
                .map(g -> g.organizationPath()).toList();
        String under = filter.organizationId() == null ? null
                : organizations.find(filter.organizationId()).map(Organization::path).orElse("-none-");
        return activities.list(paths, filter, under, offset, Math.min(limit, 1_000));
    }

    /** Progress of a plan the current user may read, from accepted activities. */
    @Transactional(readOnly = true)
    public PlanProgress progress(long planId) {
        plans.get(planId);
        return progress.of(planId, plans.today());
    }

    @Transactional
    public Activity record(RecordActivity command) {
        return record(command, List.of());
    }

    /** Records an activity with its evidence files; nothing is kept if any part is refused. */
    @Transactional
    public Activity record(RecordActivity command, List<MultipartFile> files) {
        Organization body = organizations.find(command.organizationId()).orElseThrow(
                () -> new InvalidInputException("organizationId", "organization.not-found", command.organizationId()));
        access.check(ActivityActions.RECORD, body);
        RecordActivity clean = validated(command, body, null);
        long id = activities.insert(clean, endOf(clean), null, userId());
        activities.event(id, "RECORDED", userId(), userName(), clean.title());
        attachFiles(id, files);
        linkTitles.captureAfterCommit(clean.links());
        return find(id);
    }

    /**
     * Corrects an activity: in place while not yet accepted (a returned one goes back for review);
     * as a new version once accepted.
     */
    @Transactional
    public Activity correct(long id, RecordActivity command) {
        return correct(id, command, List.of());
    }

    /** Corrects an activity and adds files to it (see {@link #correct(long, RecordActivity)}). */
    @Transactional
    public Activity correct(long id, RecordActivity command, List<MultipartFile> files) {
        Activity existing = find(id);
        access.check(ActivityActions.RECORD, existing);
        Organization body = organizations.get(existing.organizationId());
        RecordActivity clean = validated(withOrganization(command, body.id()), body, existing);
        if (existing.status().editable()) {
            if (command.version() == null || !activities.update(id, command.version(), clean, endOf(clean))) {
                throw new ConcurrentEditException("activity " + id);
            }
            activities.event(id, "CORRECTED", userId(), userName(), changes(existing, clean));
            attachFiles(id, files);
            linkTitles.captureAfterCommit(clean.links());
            return find(id);
        }
        if (existing.status() != ActivityStatus.ACCEPTED) {
            throw new InvalidInputException("status", "activity.superseded");
        }
        if (activities.hasOpenCorrection(id)) {
            throw new InvalidInputException("status", "activity.correction-pending");
        }
        long correction = activities.insert(clean, endOf(clean), id, userId());
        activities.event(correction, "RECORDED", userId(), userName(),
                "Bản sửa của hoạt động số " + id + "; " + changes(existing, clean));
        activities.event(id, "CORRECTION_RECORDED", userId(), userName(), "Bản sửa số " + correction);
        evidence.copy(id, correction);
        attachFiles(correction, files);
        linkTitles.captureAfterCommit(clean.links());
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

    /** What a correction changed, field by field, for the audit trail. */
    private static String changes(Activity before, RecordActivity after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "Nhiệm vụ/kỳ", before.occurrenceId(), after.occurrenceId());
        compare(changed, "Từ ngày", before.startDate(), after.startDate());
        compare(changed, "Đến ngày", before.endDate(), endOf(after));
        compare(changed, "Kênh", before.channel(), after.channel());
        compare(changed, "Loại sản phẩm", before.deliverable(), after.deliverable());
        compare(changed, "Tiêu đề", before.title(), after.title());
        compare(changed, "Mô tả", before.description(), after.description());
        compare(changed, "Liên kết", before.links(), after.links());
        var reach = after.reach() == null ? new RecordActivity.ReachFigures(null, null, null, null, null, null) : after.reach();
        compare(changed, "Lượt xem", before.reach().views(), reach.views());
        compare(changed, "Người nghe", before.reach().listeners(), reach.listeners());
        compare(changed, "Người tham dự", before.reach().participants(), reach.participants());
        compare(changed, "Số bản in", before.reach().copies(), reach.copies());
        compare(changed, "Số lần phát", before.reach().broadcasts(), reach.broadcasts());
        compare(changed, "Thời lượng", before.reach().durationMinutes(), reach.durationMinutes());
        compare(changed, "Chủ đề", before.topics(), after.topics());
        compare(changed, "Đối tượng", before.audiences(), after.audiences());
        return changed.isEmpty() ? "Không đổi nội dung" : String.join("; ", changed);
    }

    private static void compare(List<String> changed, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            String text = label + ": " + shortText(before) + " → " + shortText(after);
            changed.add(text);
        }
    }

    private static String shortText(Object value) {
        if (value == null) {
            return "(trống)";
        }
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
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
