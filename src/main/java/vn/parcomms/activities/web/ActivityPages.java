package vn.parcomms.activities.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.access.Grant;
import vn.parcomms.activities.Activity;
import vn.parcomms.activities.ActivityActions;
import vn.parcomms.activities.ActivityFilter;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.ActivityStatus;
import vn.parcomms.activities.RecordActivity;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.organizations.OrganizationQuery;
import vn.parcomms.plans.InboxItem;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.shared.InvalidInputException;
import vn.parcomms.shared.web.FormErrors;

/** Activity pages: list with filters, the phone-friendly form with camera upload, the view with review. */
@Controller
class ActivityPages {

    private static final int PAGE_SIZE = 50;

    private final ActivityManagement activities;
    private final PlanManagement plans;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final Validator validator;
    private final DataSize maxFileSize;

    ActivityPages(ActivityManagement activities, PlanManagement plans, OrganizationDirectory organizations,
            AccountDirectory accounts, AccessPolicy access, Validator validator,
            @org.springframework.beans.factory.annotation.Value("${parcomms.evidence.max-file-size:25MB}") DataSize maxFileSize) {
        this.activities = activities;
        this.plans = plans;
        this.organizations = organizations;
        this.accounts = accounts;
        this.access = access;
        this.validator = validator;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/activities")
    String list(@RequestParam(required = false) ActivityStatus status, @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String channel, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long occurrenceId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        access.checkSomewhere(ActivityActions.VIEW);
        int safePage = Math.max(0, Math.min(page, 10_000));
        ActivityFilter filter = new ActivityFilter(status, occurrenceId, from, to, organizationId,
                channel == null || channel.isBlank() ? null : channel);
        List<Activity> items = activities.list(filter, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("items", items.size() > PAGE_SIZE ? items.subList(0, PAGE_SIZE) : items);
        model.addAttribute("hasNext", items.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("filter", filter);
        model.addAttribute("bodies", readableBodies());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("canRecord", access.allowsSomewhere(access.currentActor(), ActivityActions.RECORD));
        return "activities/list";
    }

    @GetMapping("/activities/new")
    String newActivity(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long occurrenceId,
            Model model) {
        access.checkSomewhere(ActivityActions.RECORD);
        long body = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        model.addAttribute("form", ActivityForm.blank(body, occurrenceId, plans.today()));
        return form(model, null);
    }

    /** The occurrences a body may record for, as options for the form when its body changes. */
    @GetMapping("/activities/occurrence-options")
    String occurrenceOptions(@RequestParam long organizationId, Model model) {
        Organization body = organizations.find(organizationId)
                .orElseThrow(() -> new vn.parcomms.shared.NotFoundException("organization.not-found", organizationId));
        access.check(ActivityActions.RECORD, body);
        model.addAttribute("occurrences", plans.inbox(organizationId, null, null, null));
        return "activities/occurrence-options :: occurrenceOptions";
    }

    @PostMapping("/activities")
    String create(@ModelAttribute("form") ActivityForm form, BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            RedirectAttributes redirect) {
        access.checkSomewhere(ActivityActions.RECORD);
        RecordActivity command = form.command();
        if (valid(command, result)) {
            try {
                Activity activity = activities.record(command, uploads(photos, files));
                redirect.addFlashAttribute("notice", "activity.recorded");
                return "redirect:/activities/" + activity.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e, ActivityPages::formField);
            }
        }
        return form(model, null);
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        model.addAttribute("activity", activity);
        model.addAttribute("evidence", activities.evidence(id));
        boolean canReview = activities.canReview(activity);
        Long me = accounts.currentUser().map(u -> u.id()).orElse(null);
        model.addAttribute("canDecide", canReview && activity.status().reviewable() && !java.util.Objects.equals(me, activity.recordedBy()));
        model.addAttribute("canEdit", activities.canRecord(activity));
        model.addAttribute("events", canReview ? activities.events(id).stream().map(EventRow::of).toList() : List.of());
        Map<String, Number> reach = new LinkedHashMap<>();
        var r = activity.reach();
        putIfPresent(reach, "views", r.views());
        putIfPresent(reach, "listeners", r.listeners());
        putIfPresent(reach, "participants", r.participants());
        putIfPresent(reach, "copies", r.copies());
        putIfPresent(reach, "broadcasts", r.broadcasts());
        putIfPresent(reach, "durationMinutes", r.durationMinutes());
        model.addAttribute("reach", reach);
        model.addAttribute("canReview", canReview);
        model.addAttribute("occurrence", activity.occurrenceId() == null ? null
                : plans.occurrence(activity.occurrenceId()).orElse(null));
        return "activities/show";
    }

    @GetMapping("/activities/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        access.check(ActivityActions.RECORD, activity);
        model.addAttribute("form", ActivityForm.of(activity));
        return form(model, activity);
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ActivityForm form, BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            RedirectAttributes redirect) {
        Activity existing = activities.get(id);
        RecordActivity command = form.command();
        if (valid(command, result)) {
            try {
                Activity saved = activities.correct(id, command, uploads(photos, files));
                redirect.addFlashAttribute("notice", saved.id() == id ? "activity.corrected" : "activity.correction-created");
                return "redirect:/activities/" + saved.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(result, e, ActivityPages::formField);
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", true);
            }
        }
        return form(model, existing);
    }

    @PostMapping("/activities/{id}/accept")
    String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            activities.accept(id, version);
            redirect.addFlashAttribute("notice", "activity.accepted");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problem", "activity.changed-meanwhile");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/return")
    String returnForCorrection(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            activities.returnForCorrection(id, version, reason);
            redirect.addFlashAttribute("notice", "activity.returned");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("problem", "activity.changed-meanwhile");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/files/{fileId}/remove")
    String removeFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        try {
            activities.detach(id, fileId);
            redirect.addFlashAttribute("notice", "activity.file-removed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.violations().getFirst().messageKey());
        }
        return "redirect:/activities/" + id;
    }

    private String form(Model model, Activity existing) {
        ActivityForm form = (ActivityForm) model.getAttribute("form");
        long body = form.organizationId() != null ? form.organizationId()
                : accounts.currentUser().orElseThrow().organizationId();
        model.addAttribute("existing", existing);
        model.addAttribute("bodies", recordingBodies(body));
        List<InboxItem> inbox = organizations.find(body).isPresent() ? plans.inbox(body, null, null, null) : List.of();
        model.addAttribute("occurrences", inbox);
        model.addAttribute("maxFileBytes", maxFileSize.toBytes());
        model.addAttribute("maxFileMegabytes", maxFileSize.toMegabytes());
        model.addAttribute("evidence", existing == null ? null : activities.evidence(existing.id()));
        return "activities/form";
    }

    /** The bodies the user may record for: their own, then those under their grants. */
    private List<Organization> recordingBodies(long selected) {
        Map<Long, Organization> bodies = new LinkedHashMap<>();
        accounts.currentUser().ifPresent(u -> organizations.find(u.organizationId()).ifPresent(o -> bodies.put(o.id(), o)));
        for (Grant grant : access.currentActor().grants()) {
            if (!ActivityActions.RECORD.roles().contains(grant.role()) || grant.organizationId() == null) {
                continue;
            }
            organizations.find(grant.organizationId()).ifPresent(o -> bodies.put(o.id(), o));
            if (grant.includesSubtree()) {
                var children = organizations.search(new OrganizationQuery(null, grant.organizationId(), null, null, null, 0,
                        OrganizationQuery.MAX_PAGE_SIZE));
                children.items().forEach(o -> bodies.put(o.id(), o));
            }
        }
        organizations.find(selected).filter(o -> access.allows(ActivityActions.RECORD, o)).ifPresent(o -> bodies.put(o.id(), o));
        return bodies.values().stream().filter(o -> access.allows(ActivityActions.RECORD, o)).toList();
    }

    /** The bodies whose activities the user reads, for the filter. */
    private List<Organization> readableBodies() {
        Map<Long, Organization> bodies = new LinkedHashMap<>();
        for (Grant grant : access.currentActor().grants()) {
            if (!ActivityActions.VIEW.roles().contains(grant.role()) || grant.organizationId() == null) {
                continue;
            }
            organizations.find(grant.organizationId()).ifPresent(o -> bodies.put(o.id(), o));
            if (grant.includesSubtree()) {
                organizations.search(new OrganizationQuery(null, grant.organizationId(), null, null, null, 0,
                        OrganizationQuery.MAX_PAGE_SIZE)).items().forEach(o -> bodies.put(o.id(), o));
            }
        }
        return new ArrayList<>(bodies.values());
    }

    private static void putIfPresent(Map<String, Number> map, String key, Number value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** An audit trail entry with its time in Vietnam. */
    record EventRow(String kind, String actorName, String details, String at) {
        private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

        static EventRow of(vn.parcomms.activities.ActivityEvent e) {
            return new EventRow(e.kind(), e.actorName(), e.details(), FORMAT.format(e.at()));
        }
    }

    private static List<MultipartFile> uploads(List<MultipartFile> photos, List<MultipartFile> files) {
        List<MultipartFile> all = new ArrayList<>();
        for (List<MultipartFile> list : List.of(photos == null ? List.<MultipartFile>of() : photos,
                files == null ? List.<MultipartFile>of() : files)) {
            list.stream().filter(f -> f != null && !f.isEmpty()).forEach(all::add);
        }
        return all;
    }

    /** The form has the reach figures at its top level. */
    private static String formField(String field) {
        return field.startsWith("reach.") ? field.substring("reach.".length()) : field;
    }

    /** Bean Validation of the command, reported on the form's fields with the API's messages. */
    private boolean valid(RecordActivity command, BindingResult result) {
        Set<ConstraintViolation<RecordActivity>> violations = validator.validate(command);
        for (ConstraintViolation<RecordActivity> v : violations) {
            String path = v.getPropertyPath().toString();
            String field = path.startsWith("reach.") ? path.substring("reach.".length())
                    : path.startsWith("links") ? "links" : path;
            result.rejectValue(field, "validation", v.getMessage());
        }
        return violations.isEmpty() && !result.hasErrors();
    }
}
