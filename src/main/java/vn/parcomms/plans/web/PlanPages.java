package vn.parcomms.plans.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Actor;
import vn.parcomms.access.Grant;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationQuery;
import vn.parcomms.plans.AmendmentNote;
import vn.parcomms.plans.BodyGroup;
import vn.parcomms.plans.Deliverable;
import vn.parcomms.plans.Obligation;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanActions;
import vn.parcomms.plans.PlanDraft;
import vn.parcomms.plans.OccurrenceStates;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanStatus;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.TaskDraft;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.FormErrors;

/** Plan list, editor with the task table edited in place, view, history, compliance and inbox. */
@Controller
class PlanPages {

    private final PlanManagement plans;
    private final OrganizationDirectory organizations;
    private final AccessPolicy access;
    private final AccountDirectory accounts;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final ObjectProvider<OccurrenceStates> occurrenceStates;

    PlanPages(PlanManagement plans, OrganizationDirectory organizations, AccessPolicy access, AccountDirectory accounts,
            Vocabularies vocabularies, MessageSource messages, ObjectProvider<OccurrenceStates> occurrenceStates) {
        this.occurrenceStates = occurrenceStates;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.plans = plans;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) PlanStatus status, Model model) {
        access.checkSomewhere(PlanActions.VIEW);
        List<Plan> visible = plans.list(year, null, status);
        model.addAttribute("plans", issuerId == null ? visible
                : visible.stream().filter(p -> p.issuerId() == issuerId).toList());
        Map<Long, String> issuers = new LinkedHashMap<>();
        visible.forEach(p -> issuers.putIfAbsent(p.issuerId(), p.issuerName()));
        model.addAttribute("issuers", issuers);
        model.addAttribute("issuerId", issuerId);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("canCreate", access.allowsSomewhere(access.currentActor(), PlanActions.MANAGE));
        return "plans/list";
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        access.checkSomewhere(PlanActions.MANAGE);
        List<Organization> issuers = issuers();
        model.addAttribute("issuers", issuers);
        model.addAttribute("form", new PlanDraft(issuers.isEmpty() ? null : issuers.getFirst().id(), plans.today().getYear(),
                null, "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm " + plans.today().getYear(), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0));
        return "plans/new";
    }

    @PostMapping("/plans")
    String create(@Valid @ModelAttribute("form") PlanDraft form, BindingResult result, Model model) {
        access.checkSomewhere(PlanActions.MANAGE);
        if (!result.hasErrors()) {
            try {
                Plan plan = plans.create(form);
                return "redirect:/plans/" + plan.id() + "/edit";
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("issuers", issuers());
        return "plans/new";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("rows", TaskRow.of(plans.tasks(id), plans.occurrenceCounts(id), vocabularies, messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("sections", sections(plan));
        model.addAttribute("canManage", plans.canManage(plan) && plan.status() != PlanStatus.CLOSED);
        model.addAttribute("canClose", plans.canManage(plan) && plan.status() == PlanStatus.ISSUED
                && plans.today().isAfter(LocalDate.of(plan.year(), 12, 31)));
        return "plans/show";
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Plan plan = managedPlan(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PlanDraft.of(plan));
        }
        return editor(plan, model);
    }

    @PostMapping("/plans/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanDraft form, BindingResult result,
            @ModelAttribute("amendment") AmendmentNote amendment, Model model, RedirectAttributes redirect) {
        Plan plan = managedPlan(id);
        if (!result.hasErrors()) {
            try {
                plans.update(id, form, plan.isDraft() ? null : amendment);
                redirect.addFlashAttribute("notice", plan.isDraft() ? "plan.saved" : "plan.amended");
                return "redirect:/plans/" + id + (plan.isDraft() ? "/edit" : "");
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", true);
            }
        }
        return editor(plan, model);
    }

    @PostMapping("/plans/{id}/issue")
    String issue(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            plans.issue(id, version);
            redirect.addFlashAttribute("notice", "plan.issued");
            return "redirect:/plans/" + id;
        } catch (InvalidInputException e) {
            Plan plan = managedPlan(id);
            model.addAttribute("form", PlanDraft.of(plan));
            model.addAttribute("issueProblems", e.violations());
            return editor(plan, model);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problem", "problem.concurrent-edit");
            return "redirect:/plans/" + id + "/edit";
        }
    }

    @PostMapping("/plans/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            plans.close(id, version);
            redirect.addFlashAttribute("notice", "plan.closed-now");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/plans/" + id;
    }

    // ------------------------------------------------------------------ task table, edited in place

    @GetMapping("/plans/{id}/tasks/new")
    String newTask(@PathVariable long id, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = managedPlan(id);
        model.addAttribute("taskForm", new TaskDraft(nextNumber(plans.tasks(id)), null, null, plan.issuerId(), null, null,
                null, null, null, null, null, null, null, null, 0));
        return taskForm(plan, null, model, htmx);
    }

    @GetMapping("/plans/{id}/tasks/{taskId}/edit")
    String editTask(@PathVariable long id, @PathVariable long taskId, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = managedPlan(id);
        PlanTask task = task(id, taskId);
        model.addAttribute("taskForm", new TaskDraft(task.number(), task.title(), task.description(), task.leadId(),
                task.coordinatorIds(), task.coordinatorGroup(), task.scheduleText(),
                null, task.topics(), task.channels(), task.audiences(),
                task.deliverables().stream().map(Deliverable::code).toList(), task.budgetVnd(), task.indicator(),
                task.version()));
        return taskForm(plan, task, model, htmx);
    }

    @GetMapping("/plans/{id}/tasks/{taskId}")
    String taskRow(@PathVariable long id, @PathVariable long taskId, Model model) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("t", task(id, taskId));
        model.addAttribute("editable", plans.canManage(plan));
        return "plans/tasks :: row";
    }

    @PostMapping("/plans/{id}/tasks")
    String addTask(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskDraft form, BindingResult result,
            @ModelAttribute("amendment") AmendmentNote amendment, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = managedPlan(id);
        if (!result.hasErrors()) {
            try {
                PlanTask task = plans.addTask(id, form, plan.isDraft() ? null : amendment);
                return afterTaskSaved(plan, task, model, htmx);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            }
        }
        return taskForm(plan, null, model, htmx);
    }

    @PostMapping("/plans/{id}/tasks/{taskId}")
    String updateTask(@PathVariable long id, @PathVariable long taskId, @Valid @ModelAttribute("taskForm") TaskDraft form,
            BindingResult result, @ModelAttribute("amendment") AmendmentNote amendment, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = managedPlan(id);
        PlanTask existing = task(id, taskId);
        if (!result.hasErrors()) {
            try {
                PlanTask task = plans.updateTask(id, taskId, form, plan.isDraft() ? null : amendment);
                return afterTaskSaved(plan, task, model, htmx);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e);
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", task(id, taskId));
            }
        }
        return taskForm(plan, existing, model, htmx);
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/delete")
    String deleteTask(@PathVariable long id, @PathVariable long taskId, @ModelAttribute("amendment") AmendmentNote amendment,
            RedirectAttributes redirect) {
        Plan plan = managedPlan(id);
        try {
            plans.deleteTask(id, taskId, plan.isDraft() ? null : amendment);
            redirect.addFlashAttribute("notice", "task.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/plans/" + id + "/edit#tasks";
    }

    // ------------------------------------------------------------------ history, cascade, inbox

    @GetMapping("/plans/{id}/history")
    String history(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        var revisions = plans.revisions(id);
        model.addAttribute("revisions", revisions);
        Map<Integer, Object> changes = new LinkedHashMap<>();
        revisions.forEach(revision -> changes.put(revision.revision(), plans.changes(id, revision.revision())));
        model.addAttribute("changes", changes);
        return "plans/history";
    }

    @GetMapping("/plans/{id}/revisions/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        var snapshot = plans.snapshot(id, revision);
        model.addAttribute("plan", snapshot.plan());
        model.addAttribute("rows", TaskRow.of(snapshot.tasks(), Map.of(), vocabularies, messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("sections", sections(snapshot.plan()));
        model.addAttribute("revision", revision);
        model.addAttribute("canManage", false);
        model.addAttribute("canClose", false);
        return "plans/show";
    }

    @GetMapping("/plans/{id}/obligations")
    Object obligations(@PathVariable long id, @RequestParam(required = false) Obligation.State state,
            @RequestParam(required = false) String format, Model model) {
        Plan plan = plans.get(id);
        List<Obligation> all = plans.obligations(id);
        List<Obligation> rows = all.stream().filter(row -> state == null || row.state() == state).toList();
        if ("csv".equals(format)) {
            return csv(plan, rows);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("state", state);
        model.addAttribute("states", Obligation.State.values());
        Map<Obligation.State, Long> counts = new LinkedHashMap<>();
        for (Obligation.State s : Obligation.State.values()) {
            counts.put(s, all.stream().filter(row -> row.state() == s).count());
        }
        model.addAttribute("counts", counts);
        return "plans/obligations";
    }

    @PostMapping("/obligations/{id}/plan")
    String createFromObligation(@PathVariable long id, RedirectAttributes redirect) {
        Plan plan = plans.createFromObligation(id);
        redirect.addFlashAttribute("notice", "plan.created-from-obligation");
        return "redirect:/plans/" + plan.id() + "/edit";
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Boolean leads,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        long orgId = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        Organization organization = organizations.get(orgId);
        model.addAttribute("organization", organization);
        var items = plans.inbox(orgId, leads, from, to);
        model.addAttribute("items", items);
        var states = occurrenceStates.getIfAvailable();
        model.addAttribute("states", states == null ? Map.of() : states.of(items.stream().map(i -> i.occurrenceId()).toList()));
        model.addAttribute("canRecord", states != null && states.canRecord(organization));
        // A coordinator also sees the plans that the organizations it coordinates must issue.
        var obligations = new ArrayList<>(plans.obligationsOf(orgId));
        if (organizationId == null) {
            for (Grant grant : access.currentActor().grants()) {
                if (PlanActions.MANAGE.roles().contains(grant.role()) && grant.organizationId() != null
                        && grant.organizationId() != orgId) {
                    obligations.addAll(plans.obligationsOf(grant.organizationId()));
                }
            }
        }
        model.addAttribute("obligations", obligations);
        model.addAttribute("canManage", access.allows(PlanActions.MANAGE, organization)
                || obligations.stream().anyMatch(o -> access.allows(PlanActions.MANAGE, o)));
        model.addAttribute("notifications", plans.notifications(orgId));
        model.addAttribute("leads", leads);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("today", plans.today());
        return "plans/inbox";
    }

    // ------------------------------------------------------------------ helpers

    private String afterTaskSaved(Plan plan, PlanTask task, Model model, String htmx) {
        if (htmx != null) {
            model.addAttribute("plan", plans.get(plan.id()));
            model.addAttribute("t", task);
            model.addAttribute("editable", true);
            return "plans/tasks :: row";
        }
        return "redirect:/plans/" + plan.id() + "/edit#tasks";
    }

    /** The task form: a table row for htmx, or a whole page for browsers without JavaScript. */
    private String taskForm(Plan plan, PlanTask task, Model model, String htmx) {
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("bodies", bodiesOf(plan));
        model.addAttribute("groups", BodyGroup.values());
        model.addAttribute("scheduleChoices", List.of("", "ONGOING", "RECURRING:MONTHLY", "RECURRING:QUARTERLY",
                "RECURRING:SEMIANNUAL", "RECURRING:ANNUAL"));
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", new AmendmentNote(null, null, null));
        }
        return htmx != null ? "plans/tasks :: form" : "plans/task-page";
    }

    private String editor(Plan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", plans.tasks(plan.id()));
        model.addAttribute("groups", BodyGroup.values());
        model.addAttribute("bodies", bodiesOf(plan));
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", new AmendmentNote(null, null, null));
        }
        return "plans/edit";
    }

    private Plan managedPlan(long id) {
        Plan plan = plans.get(id);
        access.check(PlanActions.MANAGE, plan);
        return plan;
    }

    private PlanTask task(long planId, long taskId) {
        return plans.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new vn.parcomms.shared.NotFoundException("task.not-found", taskId));
    }

    /** The issuer and the bodies directly under it: who can lead or support its tasks. */
    private List<Organization> bodiesOf(Plan plan) {
        List<Organization> bodies = new ArrayList<>();
        bodies.add(organizations.get(plan.issuerId()));
        bodies.addAll(organizations.search(new OrganizationQuery(null, plan.issuerId(), null, null, null, 0, 200)).items());
        return bodies;
    }

    /** Organizations where the current user may draft plans. */
    private List<Organization> issuers() {
        Actor actor = access.currentActor();
        List<Organization> issuers = new ArrayList<>();
        for (Grant grant : actor.grants()) {
            if (PlanActions.MANAGE.roles().contains(grant.role()) && grant.organizationId() != null) {
                organizations.find(grant.organizationId()).ifPresent(issuers::add);
            }
        }
        return issuers;
    }

    /** The prose sections that have text, in document order, as (message key, text). */
    private static List<Map.Entry<String, String>> sections(Plan plan) {
        var sections = new ArrayList<Map.Entry<String, String>>();
        for (var entry : List.of(Map.entry("plan.section.purposes", String.valueOf(plan.purposes())),
                Map.entry("plan.section.requirements", String.valueOf(plan.requirements())),
                Map.entry("plan.section.content", String.valueOf(plan.content())),
                Map.entry("plan.section.budget", String.valueOf(plan.budget())),
                Map.entry("plan.section.implementation", String.valueOf(plan.implementation())))) {
            if (!"null".equals(entry.getValue())) {
                sections.add(entry);
            }
        }
        return sections;
    }

    private static String nextNumber(List<PlanTask> tasks) {
        int max = tasks.stream().filter(t -> t.depth() == 0).mapToInt(t -> Integer.parseInt(t.number())).max().orElse(0);
        return String.valueOf(max + 1);
    }

    private static ResponseEntity<byte[]> csv(Plan plan, List<Obligation> rows) {
        var out = new StringBuilder("\uFEFFĐơn vị;Hạn ban hành;Trạng thái;Số kế hoạch;Ngày ban hành\n");
        for (Obligation row : rows) {
            out.append(cell(row.organizationName())).append(';').append(row.dueDate()).append(';')
                    .append(row.state().name()).append(';').append(cell(row.subPlanNumber())).append(';')
                    .append(row.subPlanIssueDate() == null ? "" : row.subPlanIssueDate()).append('\n');
        }
        String name = "tuan-thu-" + (plan.documentNumber() == null ? plan.id() : plan.documentNumber().replace('/', '-')) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
