package vn.parcomms.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.accounts.CurrentUser;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationQuery;
import vn.parcomms.plans.Term.Vocabulary;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.FieldViolation;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Texts;

/**
 * The plans module's facade. A plan is drafted, issued, amended and closed here; every rule of
 * its lifecycle and every permission check lives in this class, so pages and API agree.
 */
@Service
public class PlanManagement {

    static final String DOCUMENT_NUMBER = "\\d{1,6}/[A-ZĐ0-9]+(?:[-/.][A-ZĐ0-9]+)*";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plans plans;
    private final PlanTasks tasks;
    private final PlanRecords records;
    private final Vocabularies vocabularies;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final AccountDirectory accounts;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanManagement(Plans plans, PlanTasks tasks, PlanRecords records, Vocabularies vocabularies,
            OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts, JsonMapper json,
            Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.tasks = tasks;
        this.records = records;
        this.vocabularies = vocabularies;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ reading

    /** A plan the current user may read: issued plans are public to signed-in users, drafts to their scope. */
    @Transactional(readOnly = true)
    public Plan get(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan.not-found", id));
        checkReadable(plan);
        return plan;
    }

    @Transactional(readOnly = true)
    public List<PlanTask> tasks(long planId) {
        get(planId);
        return tasks.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Occurrence>> occurrences(long planId) {
        get(planId);
        return records.occurrencesOf(planId);
    }

    /** An occurrence of an issued plan, for the modules that record work against it. */
    @Transactional(readOnly = true)
    public java.util.Optional<OccurrenceRef> occurrence(long occurrenceId) {
        return records.occurrence(occurrenceId);
    }

    /** Whether an organization leads or supports the occurrence's task (directly or through a group). */
    public boolean isAssigned(OccurrenceRef occurrence, Organization organization) {
        if (Objects.equals(occurrence.leadId(), organization.id()) || occurrence.coordinatorIds().contains(organization.id())) {
            return true;
        }
        return occurrence.coordinatorGroup() != null && Objects.equals(organization.parentId(), occurrence.issuerId())
                && occurrence.coordinatorGroup().includes(organization);
    }

    /** How many occurrences each task of the plan has, for the plan view. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> occurrenceCounts(long planId) {
        get(planId);
        return records.occurrenceCounts(planId);
    }

    /** Plans the current user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Plan> list(Integer year, Long issuerId, PlanStatus status) {
        Actor actor = access.currentActor();
        List<String> paths = actor.grants().stream()
                .filter(grant -> PlanActions.VIEW.roles().contains(grant.role()))
                .map(grant -> grant.organizationPath()).toList();
        return plans.list(paths, year, issuerId, status, 500);
    }

    public boolean canManage(Plan plan) {
        return access.allows(PlanActions.MANAGE, plan);
    }

    // ------------------------------------------------------------------ drafting

    @Transactional
    public Plan create(PlanDraft draft) {
        Organization issuer = organizations.find(draft.issuerId())
                .orElseThrow(() -> new InvalidInputException("issuerId", "organization.not-found", draft.issuerId()));
        access.check(PlanActions.MANAGE, issuer);
        PlanDraft clean = clean(draft);
        List<FieldViolation> violations = validate(clean, issuer, null);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long id = plans.insert(clean, currentUserId());
        plans.update(id, 0, clean, lines(clean.legalBases()), lines(clean.recipients()));
        return plans.findById(id).orElseThrow();
    }

    /**
     * Changes the header and sections. A draft changes freely; an issued plan only with an
     * amendment note, which records a new version.
     */
    @Transactional
    public Plan update(long id, PlanDraft draft, AmendmentNote amendment) {
        Plan plan = managed(id);
        requireAmendmentIfIssued(plan, amendment);
        if (draft.version() == null || draft.version() != plan.version()) {
            throw new ConcurrentEditException("plan " + id);
        }
        Organization issuer = organizations.get(plan.issuerId());
        PlanDraft clean = clean(withIssuer(draft, plan.issuerId()));
        List<FieldViolation> violations = validate(clean, issuer, plan);
        if (!plan.isDraft()) {
            violations.addAll(validateForIssue(clean, plan, tasks.ofPlan(id)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!plans.update(id, plan.version(), clean, lines(clean.legalBases()), lines(clean.recipients()))) {
            throw new ConcurrentEditException("plan " + id);
        }
        if (!plan.isDraft()) {
            Plan updated = plans.findById(id).orElseThrow();
            createObligations(updated);
            recordAmendment(updated, amendment);
        }
        return plans.findById(id).orElseThrow();
    }

    @Transactional
    public PlanTask addTask(long planId, TaskDraft draft, AmendmentNote amendment) {
        Plan plan = managed(planId);
        requireAmendmentIfIssued(plan, amendment);
        PlanTasks.TaskValues values = taskValues(plan, draft, null);
        long taskId = tasks.insert(planId, values, null);
        plans.touch(planId);
        afterTaskChange(plan, taskId, amendment);
        return tasks.findById(taskId).orElseThrow();
    }

    @Transactional
    public PlanTask updateTask(long planId, long taskId, TaskDraft draft, AmendmentNote amendment) {
        Plan plan = managed(planId);
        requireAmendmentIfIssued(plan, amendment);
        PlanTask existing = taskOf(plan, taskId);
        PlanTasks.TaskValues values = taskValues(plan, draft, existing);
        if (draft.version() == null || !tasks.update(taskId, draft.version(), values)) {
            throw new ConcurrentEditException("task " + taskId);
        }
        plans.touch(planId);
        afterTaskChange(plan, taskId, amendment);
        return tasks.findById(taskId).orElseThrow();
    }

    @Transactional
    public void deleteTask(long planId, long taskId, AmendmentNote amendment) {
        Plan plan = managed(planId);
        requireAmendmentIfIssued(plan, amendment);
        taskOf(plan, taskId);
        tasks.delete(taskId);
        plans.touch(planId);
        if (!plan.isDraft()) {
            recordAmendment(plans.findById(planId).orElseThrow(), amendment);
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Issues a draft: checks that it is complete, generates the occurrences of every task, creates
     * the obligations of the bodies below, notifies the bodies that received tasks and records
     * version 1.
     */
    @Transactional
    public Plan issue(long id, int version) {
        Plan plan = managed(id);
        if (!plan.isDraft()) {
            throw new InvalidInputException("status", "plan.issue.not-draft");
        }
        if (plan.version() != version) {
            throw new ConcurrentEditException("plan " + id);
        }
        List<PlanTask> table = tasks.ofPlan(id);
        List<FieldViolation> violations = validateForIssue(PlanDraft.of(plan), plan, table);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!plans.markIssued(id, version)) {
            throw new ConcurrentEditException("plan " + id);
        }
        Plan issued = plans.findById(id).orElseThrow();
        for (PlanTask task : table) {
            records.replaceOccurrences(id, task.id(), task.schedule().occurrencesIn(issued.year()));
        }
        createObligations(issued);
        notifyBodies(issued, table);
        records.insertRevision(id, 1, "ISSUE", null, currentUserId(), currentUserName(), snapshotJson(issued));
        events.publishEvent(new PlanIssued(id, issued.issuerId(), 1));
        return issued;
    }

    /** Closes an issued plan once its year is over. */
    @Transactional
    public Plan close(long id, int version) {
        Plan plan = managed(id);
        if (plan.status() != PlanStatus.ISSUED) {
            throw new InvalidInputException("status", "plan.close.not-issued");
        }
        if (!today().isAfter(LocalDate.of(plan.year(), 12, 31))) {
            throw new InvalidInputException("status", "plan.close.year-not-over", plan.year());
        }
        if (!plans.markClosed(id, version)) {
            throw new ConcurrentEditException("plan " + id);
        }
        return plans.findById(id).orElseThrow();
    }

    // ------------------------------------------------------------------ cascade

    /** The compliance table of a plan: one row per body that must issue its own plan. */
    @Transactional(readOnly = true)
    public List<Obligation> obligations(long planId) {
        Plan plan = get(planId);
        if (!access.allows(PlanActions.VIEW, plan)) {
            throw new AccessDeniedException("plans.view");
        }
        return records.obligationsOfPlan(planId, today());
    }

    /** What an organization must issue, for its coordinator. */
    @Transactional(readOnly = true)
    public List<Obligation> obligationsOf(long organizationId) {
        Organization organization = organizations.get(organizationId);
        access.check(PlanActions.INBOX, organization);
        return records.obligationsOf(organizationId, today());
    }

    /**
     * Starts a body's own plan from its obligation: the higher plan's sections as a starting point
     * and the tasks that concern the body, linked to the tasks they implement.
     */
    @Transactional
    public Plan createFromObligation(long obligationId) {
        Obligation obligation = records.obligation(obligationId, today())
                .orElseThrow(() -> new NotFoundException("obligation.not-found", obligationId));
        Organization body = organizations.get(obligation.organizationId());
        access.check(PlanActions.MANAGE, body);
        if (obligation.subPlanId() != null) {
            throw new InvalidInputException("obligation", "obligation.already-started");
        }
        Plan parent = plans.findById(obligation.planId()).orElseThrow();
        String basis = "Kế hoạch số " + parent.documentNumber() + " ngày " + parent.issueDate().format(DAY) + " của "
                + parent.issuerName();
        var legalBases = new ArrayList<String>();
        legalBases.add(basis);
        legalBases.addAll(parent.legalBases());
        var draft = new PlanDraft(body.id(), parent.year(), null, parent.title(), null, null, null, null, null,
                String.join("\n", legalBases), parent.id(), null, null, null, parent.purposes(), parent.requirements(),
                parent.content(), parent.budget(), parent.implementation(), parent.audiences(), parent.topics(),
                parent.channels(), parent.issuerName() + "\n" + "Lưu: VT.", null, null, null, null);
        long id = plans.insert(draft, currentUserId());
        plans.update(id, 0, clean(draft), lines(draft.legalBases()), lines(draft.recipients()));
        int number = 1;
        for (PlanTask task : tasks.ofPlan(parent.id())) {
            if (concerns(task, body, parent)) {
                var values = new PlanTasks.TaskValues(String.valueOf(number++), task.title(), task.description(),
                        body.id(), List.of(), null, task.scheduleCode(), task.scheduleText(), task.topics(),
                        task.channels(), task.audiences(), task.deliverables().stream().map(Deliverable::code).toList(),
                        null, task.indicator());
                tasks.insert(id, values, task.id());
            }
        }
        if (!records.linkSubPlan(obligationId, id)) {
            throw new ConcurrentEditException("obligation " + obligationId);
        }
        return plans.findById(id).orElseThrow();
    }

    // ------------------------------------------------------------------ inbox and history

    /** The occurrences an organization leads or supports, by due date. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(long organizationId, Boolean leads, LocalDate from, LocalDate to) {
        Organization organization = organizations.get(organizationId);
        access.check(PlanActions.INBOX, organization);
        return records.inbox(organizationId, leads, from, to, 2_000);
    }

    @Transactional(readOnly = true)
    public List<PlanNotification> notifications(long organizationId) {
        Organization organization = organizations.get(organizationId);
        access.check(PlanActions.INBOX, organization);
        return records.notifications(organizationId, 20);
    }

    @Transactional(readOnly = true)
    public List<PlanRevision> revisions(long planId) {
        get(planId);
        return records.revisions(planId);
    }

    @Transactional(readOnly = true)
    public PlanSnapshot snapshot(long planId, int revision) {
        get(planId);
        String text = records.snapshot(planId, revision)
                .orElseThrow(() -> new NotFoundException("plan.revision.not-found", revision));
        return json.readValue(text, PlanSnapshot.class);
    }

    /** What changed from the previous version to this one. */
    @Transactional(readOnly = true)
    public List<PlanChange> changes(long planId, int revision) {
        get(planId);
        if (revision <= 1) {
            return List.of();
        }
        JsonNode before = json.readTree(records.snapshot(planId, revision - 1)
                .orElseThrow(() -> new NotFoundException("plan.revision.not-found", revision - 1)));
        JsonNode after = json.readTree(records.snapshot(planId, revision)
                .orElseThrow(() -> new NotFoundException("plan.revision.not-found", revision)));
        return PlanDiff.between(before, after);
    }

    // ------------------------------------------------------------------ rules

    private Plan managed(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan.not-found", id));
        access.check(PlanActions.MANAGE, plan);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new InvalidInputException("status", "plan.closed");
        }
        return plan;
    }

    private void checkReadable(Plan plan) {
        Actor actor = access.currentActor();
        boolean issuedAndSignedIn = !plan.isDraft() && !actor.grants().isEmpty();
        if (!issuedAndSignedIn && !access.allows(PlanActions.VIEW, plan)) {
            throw new AccessDeniedException("plans.view");
        }
    }

    private static void requireAmendmentIfIssued(Plan plan, AmendmentNote amendment) {
        if (plan.isDraft()) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (amendment == null || Texts.clean(amendment.amendingNumber()) == null) {
            violations.add(FieldViolation.of("amendingNumber", "plan.amendment.required"));
        } else if (!Texts.clean(amendment.amendingNumber()).toUpperCase(Locale.ROOT).matches(DOCUMENT_NUMBER)) {
            violations.add(FieldViolation.of("amendingNumber", "plan.document-number.pattern"));
        }
        if (amendment == null || Texts.clean(amendment.reason()) == null) {
            violations.add(FieldViolation.of("reason", "plan.amendment.reason-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private List<FieldViolation> validate(PlanDraft d, Organization issuer, Plan existing) {
        List<FieldViolation> violations = new ArrayList<>();
        if (d.documentNumber() != null) {
            if (!d.documentNumber().matches(DOCUMENT_NUMBER)) {
                violations.add(FieldViolation.of("documentNumber", "plan.document-number.pattern"));
            } else if (plans.numberTaken(issuer.id(), d.year(), d.documentNumber(), existing == null ? null : existing.id())) {
                violations.add(FieldViolation.of("documentNumber", "plan.document-number.taken", d.documentNumber(), d.year()));
            }
        }
        if (d.issueDate() != null && (d.issueDate().getYear() < d.year() - 1 || d.issueDate().getYear() > d.year())) {
            violations.add(FieldViolation.of("issueDate", "plan.issue-date.year", d.year()));
        }
        if (d.parentPlanId() != null) {
            if (existing != null && d.parentPlanId() == existing.id()) {
                violations.add(FieldViolation.of("parentPlanId", "plan.parent.self"));
            } else {
                var parent = plans.findById(d.parentPlanId());
                if (parent.isEmpty()) {
                    violations.add(FieldViolation.of("parentPlanId", "plan.not-found", d.parentPlanId()));
                } else {
                    if (parent.get().year() > d.year()) {
                        violations.add(FieldViolation.of("parentPlanId", "plan.parent.later-year", parent.get().year()));
                    }
                    if (d.issueDate() != null && parent.get().issueDate() != null
                            && d.issueDate().isBefore(parent.get().issueDate())) {
                        violations.add(FieldViolation.of("issueDate", "plan.issue-date.before-parent",
                                parent.get().issueDate().format(DAY)));
                    }
                }
            }
        }
        List<String> previous = existing == null ? List.of() : existing.audiences();
        violations.addAll(vocabularies.check("audiences", Vocabulary.AUDIENCE, d.audienceList(), previous));
        violations.addAll(vocabularies.check("topics", Vocabulary.TOPIC, d.topicList(),
                existing == null ? List.of() : existing.topics()));
        violations.addAll(vocabularies.check("channels", Vocabulary.CHANNEL, d.channelList(),
                existing == null ? List.of() : existing.channels()));
        boolean wantsObligation = d.obligationGroup() != null || !d.namedList().isEmpty();
        if (wantsObligation && d.obligationDue() == null) {
            violations.add(FieldViolation.of("obligationDue", "plan.obligation.due-required"));
        }
        for (Long named : d.namedList()) {
            if (!inScope(issuer, named, false)) {
                violations.add(FieldViolation.of("obligationNamedIds", "plan.obligation.outside-scope", named));
            }
        }
        return violations;
    }

    private List<FieldViolation> validateForIssue(PlanDraft d, Plan plan, List<PlanTask> table) {
        List<FieldViolation> violations = new ArrayList<>();
        if (d.documentNumber() == null) {
            violations.add(FieldViolation.of("documentNumber", "plan.issue.number-required"));
        }
        if (d.issueDate() == null) {
            violations.add(FieldViolation.of("issueDate", "plan.issue.date-required"));
        }
        if (d.signerName() == null) {
            violations.add(FieldViolation.of("signerName", "plan.issue.signer-required"));
        }
        if (d.obligationDue() != null && d.issueDate() != null && d.obligationDue().isBefore(d.issueDate())) {
            violations.add(FieldViolation.of("obligationDue", "plan.obligation.due-before-issue"));
        }
        String unparsed = table.stream().filter(task -> !task.scheduleUnderstood()).map(PlanTask::number)
                .reduce((a, b) -> a + ", " + b).orElse(null);
        if (unparsed != null) {
            violations.add(FieldViolation.of("tasks", "plan.issue.unparsed-schedules", unparsed));
        }
        return violations;
    }

    private PlanTasks.TaskValues taskValues(Plan plan, TaskDraft d, PlanTask existing) {
        Organization issuer = organizations.get(plan.issuerId());
        List<FieldViolation> violations = new ArrayList<>();
        String number = Texts.clean(d.number());
        if (number == null || !number.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")) {
            violations.add(FieldViolation.of("number", "task.number.pattern"));
        } else if (tasks.numberTaken(plan.id(), number, existing == null ? null : existing.id())) {
            violations.add(FieldViolation.of("number", "task.number.taken", number));
        }
        if (d.leadId() != null && !inScope(issuer, d.leadId(), true)) {
            violations.add(FieldViolation.of("leadId", "task.lead.outside-scope", issuer.name()));
        }
        List<Long> coordinators = TaskDraft.orEmpty(d.coordinatorIds()).stream().distinct().toList();
        for (Long coordinator : coordinators) {
            if (!inScope(issuer, coordinator, true)) {
                violations.add(FieldViolation.of("coordinatorIds", "task.coordinator.outside-scope", issuer.name()));
                break;
            }
        }
        String timing = Texts.clean(d.timing());
        String scheduleCode;
        if (Texts.clean(d.scheduleCode()) != null) {
            Schedule chosen;
            try {
                chosen = Schedule.fromCode(Texts.clean(d.scheduleCode()), timing);
            } catch (IllegalArgumentException e) {
                chosen = new Schedule.Unparsed(timing);
            }
            if (chosen instanceof Schedule.Unparsed) {
                violations.add(FieldViolation.of("scheduleCode", "task.schedule.unknown"));
            }
            scheduleCode = chosen.code();
        } else {
            scheduleCode = ScheduleParser.parse(timing, plan.year()).schedule().code();
        }
        List<String> deliverables = new ArrayList<>();
        for (String raw : TaskDraft.orEmpty(d.deliverables())) {
            Deliverable deliverable = Deliverable.parse(Texts.clean(raw) == null ? null : Texts.clean(raw).toUpperCase(Locale.ROOT));
            if (deliverable == null) {
                violations.add(FieldViolation.of("deliverables", "task.deliverable.format", raw));
            } else {
                deliverables.add(deliverable.code());
            }
        }
        List<String> deliverableTypes = deliverables.stream().map(code -> code.split(":")[0]).toList();
        List<String> previousTypes = existing == null ? List.of()
                : existing.deliverables().stream().map(Deliverable::type).toList();
        violations.addAll(vocabularies.check("deliverables", Vocabulary.DELIVERABLE, deliverableTypes, previousTypes));
        violations.addAll(vocabularies.check("topics", Vocabulary.TOPIC, TaskDraft.orEmpty(d.topics()),
                existing == null ? List.of() : existing.topics()));
        violations.addAll(vocabularies.check("channels", Vocabulary.CHANNEL, TaskDraft.orEmpty(d.channels()),
                existing == null ? List.of() : existing.channels()));
        violations.addAll(vocabularies.check("audiences", Vocabulary.AUDIENCE, TaskDraft.orEmpty(d.audiences()),
                existing == null ? List.of() : existing.audiences()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PlanTasks.TaskValues(number, Texts.clean(d.title()), Texts.nfc(blankToNull(d.description())),
                d.leadId(), coordinators, d.coordinatorGroup(), scheduleCode, timing,
                vocabularies.ordered(Vocabulary.TOPIC, TaskDraft.orEmpty(d.topics())),
                vocabularies.ordered(Vocabulary.CHANNEL, TaskDraft.orEmpty(d.channels())),
                vocabularies.ordered(Vocabulary.AUDIENCE, TaskDraft.orEmpty(d.audiences())), deliverables, d.budgetVnd(),
                Texts.clean(d.indicator()));
    }

    private void afterTaskChange(Plan plan, long taskId, AmendmentNote amendment) {
        if (plan.isDraft()) {
            return;
        }
        PlanTask task = tasks.findById(taskId).orElseThrow();
        if (!task.scheduleUnderstood()) {
            throw new InvalidInputException("timing", "task.schedule.unparsed-in-issued", task.scheduleText());
        }
        records.replaceOccurrences(plan.id(), taskId, task.schedule().occurrencesIn(plan.year()));
        recordAmendment(plans.findById(plan.id()).orElseThrow(), amendment);
    }

    private void recordAmendment(Plan plan, AmendmentNote amendment) {
        plans.nextRevision(plan.id());
        Plan amended = plans.findById(plan.id()).orElseThrow();
        var note = new AmendmentNote(Texts.clean(amendment.amendingNumber()).toUpperCase(Locale.ROOT),
                amendment.amendingDate(), Texts.clean(amendment.reason()));
        records.insertRevision(plan.id(), amended.revision(), "AMENDMENT", note, currentUserId(), currentUserName(),
                snapshotJson(amended));
        events.publishEvent(new PlanIssued(plan.id(), plan.issuerId(), amended.revision()));
    }

    private void createObligations(Plan plan) {
        if (plan.obligation() == null) {
            return;
        }
        List<Long> bodies = new ArrayList<>();
        if (plan.obligation().group() != null) {
            for (Organization child : children(plan.issuerId())) {
                if (plan.obligation().group().includes(child)) {
                    bodies.add(child.id());
                }
            }
        } else {
            bodies.addAll(plan.obligation().namedIds());
        }
        records.createObligations(plan.id(), bodies, plan.obligation().dueDate());
    }

    private void notifyBodies(Plan plan, List<PlanTask> table) {
        Set<Long> bodies = new LinkedHashSet<>();
        List<Organization> children = null;
        for (PlanTask task : table) {
            if (task.leadId() != null) {
                bodies.add(task.leadId());
            }
            bodies.addAll(task.coordinatorIds());
            if (task.coordinatorGroup() != null) {
                if (children == null) {
                    children = children(plan.issuerId());
                }
                for (Organization child : children) {
                    if (task.coordinatorGroup().includes(child)) {
                        bodies.add(child.id());
                    }
                }
            }
        }
        String message = "Kế hoạch số " + plan.documentNumber() + " của " + plan.issuerName()
                + " đã ban hành và giao nhiệm vụ cho đơn vị.";
        records.notify(List.copyOf(bodies), plan.id(), message);
    }

    private boolean concerns(PlanTask task, Organization body, Plan parent) {
        if (Objects.equals(task.leadId(), body.id()) || task.coordinatorIds().contains(body.id())) {
            return true;
        }
        return task.coordinatorGroup() != null && Objects.equals(body.parentId(), parent.issuerId())
                && task.coordinatorGroup().includes(body);
    }

    private List<Organization> children(long organizationId) {
        List<Organization> all = new ArrayList<>();
        int page = 0;
        while (true) {
            var batch = organizations.search(new OrganizationQuery(null, organizationId, null, null, null, page, 200));
            all.addAll(batch.items());
            if ((long) (page + 1) * 200 >= batch.total()) {
                return all;
            }
            page++;
        }
    }

    private boolean inScope(Organization issuer, long organizationId, boolean issuerItselfAllowed) {
        return organizations.find(organizationId)
                .filter(o -> o.scopePath().startsWith(issuer.scopePath()))
                .filter(o -> issuerItselfAllowed || o.id() != issuer.id())
                .isPresent();
    }

    private PlanTask taskOf(Plan plan, long taskId) {
        return tasks.findById(taskId).filter(task -> task.planId() == plan.id())
                .orElseThrow(() -> new NotFoundException("task.not-found", taskId));
    }

    private String snapshotJson(Plan plan) {
        return json.writeValueAsString(new PlanSnapshot(plan, tasks.ofPlan(plan.id())));
    }

    private Long currentUserId() {
        return accounts.currentUser().map(CurrentUser::id).orElse(null);
    }

    private String currentUserName() {
        return accounts.currentUser().map(CurrentUser::fullName).orElse("Hệ thống");
    }

    private static PlanDraft withIssuer(PlanDraft d, long issuerId) {
        return new PlanDraft(issuerId, d.year(), d.documentNumber(), d.title(), d.issueDate(), d.place(), d.signerName(),
                d.signerTitle(), d.signingAuthority(), d.legalBases(), d.parentPlanId(), d.parentRefNumber(),
                d.parentRefDate(), d.parentRefIssuer(), d.purposes(), d.requirements(), d.content(), d.budget(),
                d.implementation(), d.audiences(), d.topics(), d.channels(), d.recipients(), d.obligationGroup(),
                d.obligationNamedIds(), d.obligationDue(), d.version());
    }


    /** Text cleaned: NFC, trimmed single-line fields, upper-case document numbers. */
    private PlanDraft clean(PlanDraft d) {
        String number = Texts.clean(d.documentNumber());
        return new PlanDraft(d.issuerId(), d.year(), number == null ? null : number.toUpperCase(Locale.ROOT),
                Texts.clean(d.title()), d.issueDate(), Texts.clean(d.place()), Texts.clean(d.signerName()),
                Texts.clean(d.signerTitle()), Texts.clean(d.signingAuthority()), Texts.nfc(d.legalBases()),
                d.parentPlanId(), Texts.clean(d.parentRefNumber()), d.parentRefDate(), Texts.clean(d.parentRefIssuer()),
                Texts.nfc(blankToNull(d.purposes())), Texts.nfc(blankToNull(d.requirements())),
                Texts.nfc(blankToNull(d.content())), Texts.nfc(blankToNull(d.budget())),
                Texts.nfc(blankToNull(d.implementation())),
                vocabularies.ordered(Vocabulary.AUDIENCE, distinct(d.audienceList())),
                vocabularies.ordered(Vocabulary.TOPIC, distinct(d.topicList())),
                vocabularies.ordered(Vocabulary.CHANNEL, distinct(d.channelList())), Texts.nfc(d.recipients()), d.obligationGroup(), d.namedList(),
                d.obligationDue(), d.version());
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One entry per non-empty line. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(Texts::clean).filter(Objects::nonNull).toList();
    }
}
