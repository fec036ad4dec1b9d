package vn.parcomms.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;
import vn.parcomms.shared.files.FileStore;

/**
 * The reports module's facade. A body's coordinators open the report of a period (its figures
 * compile themselves), write the narrative and submit it to the level above, which accepts (locks)
 * or returns it; only that level reopens an accepted report. A level's figures are its own
 * activities plus the accepted reports of the bodies under it, so the roll-up climbs the tree.
 */
@Service
public class ReportManagement {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Reports reports;
    private final ReportCompiler compiler;
    private final ReportingCalendar calendar;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final AccountDirectory accounts;
    private final PlanManagement plans;
    private final FileStore files;
    private final DashboardQueries dashboards;
    private final vn.parcomms.activities.ActivityManagement activities;

    /** At most this many files on one report. */
    static final int MAX_ATTACHMENTS = 20;

    ReportManagement(Reports reports, ReportCompiler compiler, ReportingCalendar calendar,
            OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts, PlanManagement plans,
            FileStore files, DashboardQueries dashboards, vn.parcomms.activities.ActivityManagement activities) {
        this.files = files;
        this.dashboards = dashboards;
        this.activities = activities;
        this.reports = reports;
        this.compiler = compiler;
        this.calendar = calendar;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
        this.plans = plans;
    }

    public ReportingCalendar calendar() {
        return calendar;
    }

    public LocalDate today() {
        return plans.today();
    }

    /**
     * The report of a body for a period, created as a draft the first time its coordinators open it.
     * Reports of periods that have not started yet cannot be opened.
     */
    @Transactional
    public PeriodicReport open(long organizationId, String periodKey) {
        Organization body = organizations.find(organizationId)
                .orElseThrow(() -> new InvalidInputException("organizationId", "organization.not-found", organizationId));
        ReportingPeriod period = period(periodKey);
        var existing = reports.find(organizationId, period.key());
        if (existing.isPresent()) {
            access.check(ReportActions.VIEW, existing.get());
            return existing.get();
        }
        access.check(ReportActions.WRITE, body);
        if (period.from().isAfter(today())) {
            throw new InvalidInputException("period", "report.period.future", period.label(java.util.Locale.forLanguageTag("vi")),
                    DAY.format(period.from()));
        }
        // A province reports to the national level (no recipient organization), unless exempted.
        Long recipient = body.parentId() == null
                ? compiler.reportsAtAll(body.id()) ? null : notReporting(body)
                : compiler.recipientOf(body.id(), body.parentId()).orElseGet(() -> notReporting(body));
        reports.createIfAbsent(organizationId, recipient, period, calendar.dueDate(period, body.kind()));
        PeriodicReport report = reports.find(organizationId, period.key()).orElseThrow();
        reports.event(report.id(), "CREATED", userId(), userName(), null);
        return report;
    }

    @Transactional(readOnly = true)
    public PeriodicReport get(long id) {
        PeriodicReport report = find(id);
        checkReadable(report);
        return report;
    }

    @Transactional(readOnly = true)
    public List<ReportEvent> events(long id) {
        get(id);
        return reports.events(id);
    }

    /** Reports of the bodies and levels the current user may read. */
    @Transactional(readOnly = true)
    public List<PeriodicReport> list(String periodKey, ReportStatus status) {
        Actor actor = access.currentActor();
        List<String> paths = actor.grants().stream().filter(g -> ReportActions.VIEW.roles().contains(g.role()))
                .map(g -> g.organizationPath()).toList();
        return reports.list(paths, periodKey == null || periodKey.isBlank() ? null : period(periodKey).key(), status, 500);
    }

    /**
     * The report with its figures: frozen ones once submitted (flagged when activities recorded or
     * accepted since would change them), live ones while a draft; and where its subordinates stand.
     */
    @Transactional(readOnly = true)
    public ReportView view(long id) {
        PeriodicReport report = get(id);
        Rollup live = compute(organizations.get(report.organizationId()), period(report.periodKey()));
        boolean frozen = report.figures() != null && !report.status().editable();
        ReportFigures figures = frozen ? report.figures() : live.total();
        // Reports frozen before procedures were counted carry none: they are compared without them.
        ReportFigures now = frozen && report.figures().procedures() == null ? live.total().withProcedures(null) : live.total();
        return new ReportView(report, figures, frozen, frozen && !report.figures().equals(now), live,
                access.allows(ReportActions.WRITE, report) && report.status().editable(), canReview(report));
    }

    /** A coordinator's dashboard of a level for a year; the heatmap shows reports of the given period type. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long organizationId, int year, PeriodType type) {
        Organization level = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", organizationId));
        access.check(ReportActions.VIEW, level);
        if (year < 2000 || year > today().getYear() + 1) {
            throw new InvalidInputException("year", "score.year.invalid", Integer.toString(year));
        }
        LocalDate asOf = today().getYear() == year ? today() : LocalDate.of(year, 12, 31);
        List<ReportCompiler.Body> bodies = compiler.subordinates(level.id(), asOf);
        List<Long> children = bodies.stream().map(ReportCompiler.Body::id).toList();
        Map<Long, List<Long>> plansOf = dashboards.plansOf(children, year);
        List<Dashboard.BodyCompletion> completion = new ArrayList<>();
        for (ReportCompiler.Body child : bodies) {
            int done = 0;
            int total = 0;
            List<Long> childPlans = plansOf.getOrDefault(child.id(), List.of());
            for (long plan : childPlans) {
                var progress = activities.progress(plan);
                done += progress.done();
                total += progress.total();
            }
            completion.add(new Dashboard.BodyCompletion(child.id(), child.name(), childPlans, done, total));
        }
        List<ReportingPeriod> periods = calendar.periods(type, year).stream().filter(p -> !p.from().isAfter(today())).toList();
        List<Dashboard.HeatmapRow> heatmap = new ArrayList<>();
        Map<String, PeriodicReport> byKey = new java.util.HashMap<>();
        for (ReportingPeriod period : periods) {
            for (PeriodicReport r : reports.ofBodies(children, period.key())) {
                byKey.put(r.organizationId() + "/" + r.periodKey(), r);
            }
        }
        for (ReportCompiler.Body body : bodies) {
            List<Dashboard.Cell> cells = new ArrayList<>();
            for (ReportingPeriod period : periods) {
                PeriodicReport r = byKey.get(body.id() + "/" + period.key());
                LocalDate due = calendar.dueDate(period, body.kind());
                boolean late = r != null && r.submittedAt() != null ? !r.onTime()
                        : today().isAfter(due);
                cells.add(new Dashboard.Cell(r == null ? null : r.id(), r == null ? null : r.status(), late));
            }
            heatmap.add(new Dashboard.HeatmapRow(body.id(), body.name(), cells));
        }
        return new Dashboard(level.id(), level.name(), year, dashboards.channelsByMonth(level.path(), year), completion,
                periods, heatmap, dashboards.overdue(level.path(), year, today(), 100));
    }

    /** The national roll-up: the accepted reports of the provinces (for those whose grant covers the country). */
    @Transactional(readOnly = true)
    public Rollup nationalRollup(String periodKey) {
        access.check(ReportActions.VIEW, vn.parcomms.access.ScopedResource.of("/"));
        ReportingPeriod period = period(periodKey);
        return compute(0, "Toàn quốc", ReportFigures.empty(), compiler.provinces(period.to()), period);
    }

    /** A level's roll-up for a period, with or without its own report. */
    @Transactional(readOnly = true)
    public Rollup rollup(long organizationId, String periodKey) {
        Organization level = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", organizationId));
        access.check(ReportActions.VIEW, level);
        return compute(level, period(periodKey));
    }

    /**
     * Every accepted activity of the period under a level, whatever the state of the reports; without
     * a level, the whole country by province (for those whose grant covers it).
     */
    @Transactional(readOnly = true)
    public LiveRollup live(Long organizationId, String periodKey) {
        if (organizationId == null) {
            access.check(ReportActions.VIEW, vn.parcomms.access.ScopedResource.of("/"));
            return compiler.live(0, "Toàn quốc", "/", period(periodKey));
        }
        Organization level = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", organizationId));
        access.check(ReportActions.VIEW, level);
        return compiler.live(level.id(), level.name(), level.path(), period(periodKey));
    }

    @Transactional
    public PeriodicReport saveNarrative(long id, Narrative narrative) {
        PeriodicReport report = writable(id);
        if (!reports.updateNarrative(id, narrative.version(), Texts.nfc(narrative.results()),
                Texts.nfc(narrative.shortcomings()), Texts.nfc(narrative.proposals()))) {
            throw new ConcurrentEditException("report " + id);
        }
        reports.event(id, "SAVED", userId(), userName(), null);
        return find(report.id());
    }

    /** Saves the narrative and submits, freezing the figures; the narrative is required and the period over. */
    @Transactional
    public PeriodicReport submit(long id, Narrative narrative) {
        PeriodicReport report = writable(id);
        List<FieldViolation> violations = new ArrayList<>();
        if (Texts.clean(narrative.results()) == null) {
            violations.add(FieldViolation.of("results", "report.narrative.required"));
        }
        if (Texts.clean(narrative.shortcomings()) == null) {
            violations.add(FieldViolation.of("shortcomings", "report.narrative.required"));
        }
        if (!calendar.closed(period(report.periodKey()), today())) {
            violations.add(FieldViolation.of("period", "report.period.open", DAY.format(report.dataTo())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!reports.updateNarrative(id, narrative.version(), Texts.nfc(narrative.results()),
                Texts.nfc(narrative.shortcomings()), Texts.nfc(narrative.proposals()))) {
            throw new ConcurrentEditException("report " + id);
        }
        ReportFigures figures = compute(organizations.get(report.organizationId()), period(report.periodKey())).total();
        if (!reports.submit(id, narrative.version() + 1, figures, userId())) {
            throw new ConcurrentEditException("report " + id);
        }
        reports.event(id, report.status() == ReportStatus.RETURNED ? "RESUBMITTED" : "SUBMITTED", userId(), userName(), null);
        return find(id);
    }

    @Transactional
    public PeriodicReport accept(long id, int version) {
        PeriodicReport report = reviewable(id, version);
        if (!reports.decide(id, version, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, null, userId())) {
            throw new ConcurrentEditException("report " + id);
        }
        reports.event(id, "ACCEPTED", userId(), userName(), null);
        return find(report.id());
    }

    @Transactional
    public PeriodicReport returnWithComment(long id, int version, String comment) {
        reviewable(id, version);
        String why = Texts.clean(comment);
        if (why == null) {
            throw new InvalidInputException("comment", "report.comment.required");
        }
        if (!reports.decide(id, version, ReportStatus.SUBMITTED, ReportStatus.RETURNED, why, userId())) {
            throw new ConcurrentEditException("report " + id);
        }
        reports.event(id, "RETURNED", userId(), userName(), why);
        return find(id);
    }

    /** Only the level that accepted a report reopens it, with a reason; it goes back to its body. */
    @Transactional
    public PeriodicReport reopen(long id, int version, String reason) {
        PeriodicReport report = find(id);
        checkReadable(report);
        if (!canReview(report)) {
            throw new AccessDeniedException("reports.reopen");
        }
        if (report.version() != version) {
            throw new ConcurrentEditException("report " + id);
        }
        if (report.status() != ReportStatus.ACCEPTED) {
            throw new InvalidInputException("status", "report.reopen.not-accepted");
        }
        String why = Texts.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "report.reopen.reason-required");
        }
        if (!reports.decide(id, version, ReportStatus.ACCEPTED, ReportStatus.RETURNED, why, userId())) {
            throw new ConcurrentEditException("report " + id);
        }
        reports.event(id, "REOPENED", userId(), userName(), why);
        return find(id);
    }

    /** Files attached to a report the current user may read. */
    @Transactional(readOnly = true)
    public List<ReportAttachment> attachments(long id) {
        get(id);
        return reports.attachments(id);
    }

    /** Attaches files to a report still being written (checked by content, like evidence files). */
    @Transactional
    public List<ReportAttachment> attach(long id, List<MultipartFile> uploads) {
        writable(id);
        List<FileStore.StoredFile> stored = files.storeAll(uploads == null ? List.of() : uploads);
        if (reports.attachments(id).size() + stored.size() > MAX_ATTACHMENTS) {
            throw new InvalidInputException("files", "activity.evidence.too-many", MAX_ATTACHMENTS);
        }
        for (FileStore.StoredFile file : stored) {
            reports.attach(id, file, userId());
            reports.event(id, "FILE_ADDED", userId(), userName(), file.originalName() + " (SHA-256 " + file.sha256() + ")");
        }
        return reports.attachments(id);
    }

    @Transactional
    public void detach(long id, long attachmentId) {
        writable(id);
        var attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("report.attachment.not-found", attachmentId));
        reports.detach(id, attachmentId);
        reports.event(id, "FILE_REMOVED", userId(), userName(), attachment.getKey().name());
    }

    /** Opens an attachment for a reader of the report; the download is in the report's history. */
    @Transactional
    public AttachmentDownload download(long id, long attachmentId) {
        get(id);
        var attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("report.attachment.not-found", attachmentId));
        reports.event(id, "DOWNLOADED", userId(), userName(), attachment.getKey().name());
        return new AttachmentDownload(attachment.getKey(), files.resolve(attachment.getValue()));
    }

    /**
     * An attachment to send.
     *
     * @param attachment its record
     * @param path where it lies
     */
    public record AttachmentDownload(ReportAttachment attachment, java.nio.file.Path path) {
    }

    /** The bodies below a level and where their reports go (by default: to the level). */
    @Transactional(readOnly = true)
    public List<ReportingLine> lines(long levelId) {
        Organization level = organizations.find(levelId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", levelId));
        access.check(ReportActions.VIEW, level);
        List<ReportingLine> lines = new ArrayList<>();
        for (Organization child : organizations.search(new vn.parcomms.organizations.OrganizationQuery(null, levelId, null,
                null, today(), 0, vn.parcomms.organizations.OrganizationQuery.MAX_PAGE_SIZE)).items()) {
            var recipient = compiler.recipientOf(child.id(), child.parentId());
            lines.add(new ReportingLine(child.id(), child.name(), recipient.isPresent(), recipient.orElse(null),
                    recipient.map(id -> organizations.get(id).name()).orElse(null),
                    organizations.ancestors(child).stream().map(a -> new ReportingLine.Choice(a.id(), a.name())).toList()));
        }
        return lines;
    }

    /**
     * Overrides where a body's reports go: it does not report, or reports to a higher level. The
     * coordinators of the level it reports to by default decide, and of the new recipient too.
     */
    @Transactional
    public ReportingLine setLine(long organizationId, boolean reportsToo, Long recipientId) {
        Organization body = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("organization.not-found", organizationId));
        if (body.parentId() == null) {
            throw new InvalidInputException("organizationId", "report.line.top");
        }
        access.check(ReportActions.REVIEW, organizations.get(body.parentId()));
        if (recipientId != null && !recipientId.equals(body.parentId())) {
            Organization recipient = organizations.find(recipientId)
                    .orElseThrow(() -> new InvalidInputException("recipientId", "organization.not-found", recipientId));
            if (!body.path().startsWith(recipient.path()) || recipient.id() == body.id()) {
                throw new InvalidInputException("recipientId", "report.line.not-above", recipient.name(), body.name());
            }
            access.check(ReportActions.REVIEW, recipient);
        }
        compiler.setLine(organizationId, reportsToo,
                recipientId == null || recipientId.equals(body.parentId()) ? null : recipientId, userId());
        return lines(body.parentId()).stream().filter(l -> l.organizationId() == organizationId).findFirst().orElseThrow();
    }

    /** Coordinators of the level it reports to; a province's reports go to the national level. */
    public boolean canReview(PeriodicReport report) {
        return access.allows(ReportActions.REVIEW, report.recipientPath() == null
                ? vn.parcomms.access.ScopedResource.of("/") : report.recipient());
    }

    private Rollup compute(Organization level, ReportingPeriod period) {
        return compute(level.id(), level.name(), compiler.compile(level.id(), period.from(), period.to()),
                compiler.subordinates(level.id(), period.to()), period);
    }

    private Rollup compute(long levelId, String levelName, ReportFigures own, List<ReportCompiler.Body> children,
            ReportingPeriod period) {
        Map<Long, PeriodicReport> byBody = reports.ofBodies(children.stream().map(ReportCompiler.Body::id).toList(),
                        period.key()).stream()
                .collect(Collectors.toMap(PeriodicReport::organizationId, Function.identity()));
        ReportFigures total = own;
        List<Rollup.Subordinate> subordinates = new ArrayList<>();
        int submitted = 0;
        int onTime = 0;
        for (ReportCompiler.Body body : children) {
            PeriodicReport report = byBody.get(body.id());
            ReportStatus status = report == null ? null : report.status();
            if (status != null && status.sent()) {
                submitted++;
                onTime += report.onTime() ? 1 : 0;
            }
            if (status == ReportStatus.ACCEPTED && report.figures() != null) {
                total = total.plus(report.figures());
            }
            subordinates.add(new Rollup.Subordinate(body.id(), body.name(), report == null ? null : report.id(), status,
                    report != null && report.onTime(), report == null ? null : report.submittedAt(),
                    calendar.dueDate(period, body.kind()), status == ReportStatus.ACCEPTED ? report.figures() : null));
        }
        return new Rollup(levelId, levelName, period, own, total, subordinates, children.size(), submitted, onTime);
    }

    private static Long notReporting(Organization body) {
        throw new InvalidInputException("organizationId", "report.line.not-reporting", body.name());
    }

    private ReportingPeriod period(String key) {
        ReportingPeriod period = calendar.period(key);
        if (period == null) {
            throw new InvalidInputException("period", "report.period.invalid", key == null ? "" : key);
        }
        return period;
    }

    private PeriodicReport writable(long id) {
        PeriodicReport report = find(id);
        access.check(ReportActions.WRITE, report);
        if (!report.status().editable()) {
            throw new InvalidInputException("status", report.status() == ReportStatus.ACCEPTED
                    ? "report.locked" : "report.submitted");
        }
        return report;
    }

    private PeriodicReport reviewable(long id, int version) {
        PeriodicReport report = find(id);
        checkReadable(report);
        if (!canReview(report)) {
            throw new AccessDeniedException("reports.review");
        }
        Long me = userId();
        if (me != null && me.equals(report.submittedBy())) {
            throw new AccessDeniedException("reports.review-own");
        }
        if (report.version() != version) {
            // Someone decided (or the body changed it) since the reader opened it.
            throw new ConcurrentEditException("report " + id);
        }
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new InvalidInputException("status", "report.review.not-submitted");
        }
        return report;
    }

    private void checkReadable(PeriodicReport report) {
        if (!access.allows(ReportActions.VIEW, report) && !access.allows(ReportActions.VIEW,
                report.recipientPath() == null ? vn.parcomms.access.ScopedResource.of("/") : report.recipient())) {
            throw new AccessDeniedException("reports.view");
        }
    }

    private PeriodicReport find(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("report.not-found", id));
    }

    private Long userId() {
        return accounts.currentUser().map(CurrentUser::id).orElse(null);
    }

    private String userName() {
        return accounts.currentUser().map(CurrentUser::fullName).orElse("Hệ thống");
    }

    /**
     * The narrative as typed.
     *
     * @param results results
     * @param shortcomings shortcomings and their causes
     * @param proposals proposals
     * @param version the version being edited
     */
    public record Narrative(
            @jakarta.validation.constraints.Size(max = 50_000, message = "{validation.max-length}") String results,
            @jakarta.validation.constraints.Size(max = 50_000, message = "{validation.max-length}") String shortcomings,
            @jakarta.validation.constraints.Size(max = 50_000, message = "{validation.max-length}") String proposals,
            @jakarta.validation.constraints.NotNull(message = "{validation.required}") Integer version) {
    }
}
