package vn.parcomms.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.plans.AmendmentNote;
import vn.parcomms.plans.InboxItem;
import vn.parcomms.plans.Obligation;
import vn.parcomms.plans.Occurrence;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanChange;
import vn.parcomms.plans.PlanDraft;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanRevision;
import vn.parcomms.plans.PlanSnapshot;
import vn.parcomms.plans.PlanStatus;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.TaskDraft;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;

/** Plans over JSON, with the same rules and permission checks as the pages. */
@RestController
@Tag(name = "Plans", description = "Kế hoạch thông tin, tuyên truyền CCHC, bảng nhiệm vụ, nghĩa vụ ban hành, hộp việc")
class PlanApi {

    private final PlanManagement plans;
    private final Vocabularies vocabularies;

    PlanApi(PlanManagement plans, Vocabularies vocabularies) {
        this.plans = plans;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Plans the caller may see (issued plans of every body, drafts in the caller's scope)")
    List<Plan> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) PlanStatus status) {
        return plans.list(year, issuerId, status);
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "A plan with its task table and the occurrences of each task")
    PlanDetail get(@PathVariable long id) {
        Plan plan = plans.get(id);
        Map<Long, List<Occurrence>> occurrences = plans.occurrences(id);
        return new PlanDetail(plan, plans.tasks(id).stream()
                .map(task -> new TaskDetail(task, occurrences.getOrDefault(task.id(), List.of()))).toList());
    }

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Create a draft plan")
    ResponseEntity<Plan> create(@Valid @RequestBody PlanDraft draft) {
        Plan plan = plans.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @PutMapping("/api/v1/plans/{id}")
    @Operation(summary = "Update a draft's header and sections (send the version you read); 409 if someone saved since")
    Plan update(@PathVariable long id, @Valid @RequestBody PlanDraft draft) {
        return plans.update(id, draft, null);
    }

    @PostMapping("/api/v1/plans/{id}/issue")
    @Operation(summary = "Issue a draft: occurrences, obligations and notifications are created")
    Plan issue(@PathVariable long id, @Valid @RequestBody VersionRef version) {
        return plans.issue(id, version.version());
    }

    @PostMapping("/api/v1/plans/{id}/amendments")
    @Operation(summary = "Amend an issued plan's header and sections, with the amending document and the reason")
    Plan amend(@PathVariable long id, @Valid @RequestBody Amendment amendment) {
        return plans.update(id, amendment.plan(), amendment.note());
    }

    @PostMapping("/api/v1/plans/{id}/close")
    @Operation(summary = "Close an issued plan after its year")
    Plan close(@PathVariable long id, @Valid @RequestBody VersionRef version) {
        return plans.close(id, version.version());
    }

    @PostMapping("/api/v1/plans/{id}/tasks")
    @Operation(summary = "Add a task; on an issued plan include an amendment note")
    ResponseEntity<PlanTask> addTask(@PathVariable long id, @Valid @RequestBody TaskChange change) {
        PlanTask task = plans.addTask(id, change.task(), change.amendment());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/tasks/" + task.id())).body(task);
    }

    @PutMapping("/api/v1/plans/{id}/tasks/{taskId}")
    @Operation(summary = "Change a task (send its version); on an issued plan include an amendment note")
    PlanTask updateTask(@PathVariable long id, @PathVariable long taskId, @Valid @RequestBody TaskChange change) {
        return plans.updateTask(id, taskId, change.task(), change.amendment());
    }

    @DeleteMapping("/api/v1/plans/{id}/tasks/{taskId}")
    @Operation(summary = "Remove a task from a draft (issued plans: use amendingNumber and reason parameters)")
    ResponseEntity<Void> deleteTask(@PathVariable long id, @PathVariable long taskId,
            @RequestParam(required = false) String amendingNumber, @RequestParam(required = false) String reason) {
        AmendmentNote note = amendingNumber == null && reason == null ? null : new AmendmentNote(amendingNumber, null, reason);
        plans.deleteTask(id, taskId, note);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/plans/{id}/revisions")
    @Operation(summary = "Every issued version of the plan")
    List<PlanRevision> revisions(@PathVariable long id) {
        return plans.revisions(id);
    }

    @GetMapping("/api/v1/plans/{id}/revisions/{revision}")
    @Operation(summary = "The plan as it stood at one version, with what changed from the previous one")
    RevisionDetail revision(@PathVariable long id, @PathVariable int revision) {
        return new RevisionDetail(plans.snapshot(id, revision), plans.changes(id, revision));
    }

    @GetMapping("/api/v1/plans/{id}/obligations")
    @Operation(summary = "Compliance: every body that must issue its own plan, and where it stands")
    List<Obligation> obligations(@PathVariable long id) {
        return plans.obligations(id);
    }

    @PostMapping("/api/v1/obligations/{id}/plan")
    @Operation(summary = "Start the body's own plan from its obligation (sections and concerned tasks pre-filled)")
    ResponseEntity<Plan> createFromObligation(@PathVariable long id) {
        Plan plan = plans.createFromObligation(id);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/v1/organizations/{id}/obligations")
    @Operation(summary = "The plans an organization must issue")
    List<Obligation> obligationsOf(@PathVariable long id) {
        return plans.obligationsOf(id);
    }

    @GetMapping("/api/v1/organizations/{id}/inbox")
    @Operation(summary = "Task occurrences an organization leads or supports, by due date")
    List<InboxItem> inbox(@PathVariable long id, @RequestParam(required = false) Boolean leads,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return plans.inbox(id, leads, from, to);
    }

    @GetMapping("/api/v1/vocabularies/{vocabulary}")
    @Operation(summary = "Audiences, topics, channels or deliverable types, retired entries included")
    List<Term> vocabulary(@PathVariable Term.Vocabulary vocabulary) {
        return List.copyOf(vocabularies.all(vocabulary));
    }

    @PostMapping("/api/v1/vocabularies/{vocabulary}")
    @Operation(summary = "Add an entry (administrators)")
    ResponseEntity<Term> addTerm(@PathVariable Term.Vocabulary vocabulary, @Valid @RequestBody NewTerm term) {
        return ResponseEntity.status(201).body(vocabularies.add(vocabulary, term.code(), term.labelVi(), term.labelEn(),
                term.groupCode()));
    }

    @PutMapping("/api/v1/vocabularies/{vocabulary}/{code}/retired")
    @Operation(summary = "Retire or restore an entry (administrators); old plans keep it")
    Term retire(@PathVariable Term.Vocabulary vocabulary, @PathVariable String code, @RequestBody RetiredState state) {
        return vocabularies.setRetired(vocabulary, code, state.retired());
    }

    record PlanDetail(Plan plan, List<TaskDetail> tasks) {
    }

    record TaskDetail(PlanTask task, List<Occurrence> occurrences) {
    }

    record RevisionDetail(PlanSnapshot snapshot, List<PlanChange> changes) {
    }

    record VersionRef(@NotNull(message = "{validation.required}") Integer version) {
    }

    record Amendment(@NotNull(message = "{validation.required}") @Valid AmendmentNote note,
            @NotNull(message = "{validation.required}") @Valid PlanDraft plan) {
    }

    record TaskChange(@NotNull(message = "{validation.required}") @Valid TaskDraft task, @Valid AmendmentNote amendment) {
    }

    record NewTerm(String code, String labelVi, String labelEn, String groupCode) {
    }

    record RetiredState(boolean retired) {
    }
}
