package vn.parcomms.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.plans.AmendmentNote;
import vn.parcomms.plans.BodyGroup;
import vn.parcomms.plans.Obligation;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanDraft;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.TaskDraft;

/**
 * The demo plans: the province plan 428/KH-UBND of Lâm Đồng (reconstructed: only its number and
 * date are known) and the commune plan 18/KH-UBND of Xã Quảng Khê (from the real document), both
 * entered as structured data in {@code plans/demo/} and issued through the same rules as any plan.
 */
@Component
class DemoPlans {

    static final String PROVINCE_PLAN = "plans/demo/lam-dong-428-KH-UBND-2026.json";
    static final String COMMUNE_PLAN = "plans/demo/quang-khe-18-KH-UBND-2026.json";

    private final PlanManagement plans;
    private final OrganizationDirectory organizations;
    private final JsonMapper json;

    DemoPlans(PlanManagement plans, OrganizationDirectory organizations, JsonMapper json) {
        this.plans = plans;
        this.organizations = organizations;
        this.json = json;
    }

    /** Loads and issues both plans; the commune plan is started from its obligation, as a user would. */
    void load() {
        PlanFile provinceFile = read(PROVINCE_PLAN);
        Plan province = plans.create(draft(provinceFile, null, 0));
        addTasks(province.id(), provinceFile.tasks());
        province = plans.get(province.id());
        plans.update(province.id(), draft(provinceFile, null, province.version()), null);
        plans.issue(province.id(), plans.get(province.id()).version());

        PlanFile communeFile = read(COMMUNE_PLAN);
        long commune = organizations.getByCode(communeFile.issuerCode()).id();
        Obligation obligation = plans.obligations(province.id()).stream()
                .filter(o -> o.organizationId() == commune).findFirst().orElseThrow();
        Plan communePlan = plans.createFromObligation(obligation.id());
        // The real plan has its own task table; the imported tasks were only a starting point.
        for (PlanTask imported : plans.tasks(communePlan.id())) {
            plans.deleteTask(communePlan.id(), imported.id(), (AmendmentNote) null);
        }
        addTasks(communePlan.id(), communeFile.tasks());
        communePlan = plans.get(communePlan.id());
        plans.update(communePlan.id(), draft(communeFile, province.id(), communePlan.version()), null);
        plans.issue(communePlan.id(), plans.get(communePlan.id()).version());
    }

    private void addTasks(long planId, List<TaskFile> tasks) {
        for (TaskFile task : tasks) {
            plans.addTask(planId, taskDraft(task), null);
            addTasks(planId, task.children() == null ? List.of() : task.children());
        }
    }

    private TaskDraft taskDraft(TaskFile t) {
        List<Long> coordinators = new ArrayList<>();
        for (String code : t.coordinatorCodes() == null ? List.<String>of() : t.coordinatorCodes()) {
            coordinators.add(organizations.getByCode(code).id());
        }
        List<String> deliverables = t.deliverables() == null ? List.of() : t.deliverables().stream()
                .map(d -> d.type() + ":" + (d.target() == null ? "" : d.target()) + ":" + (d.per() == null ? "" : d.per()))
                .toList();
        return new TaskDraft(t.number(), t.title(), t.description(),
                t.leadCode() == null ? null : organizations.getByCode(t.leadCode()).id(), coordinators,
                t.coordinatorGroup() == null ? null : BodyGroup.valueOf(t.coordinatorGroup()), t.timing(), null,
                t.topics(), t.channels(), t.audiences(), deliverables, t.budgetVnd(), t.indicator(), 0);
    }

    private PlanDraft draft(PlanFile f, Long parentPlanId, int version) {
        long issuer = organizations.getByCode(f.issuerCode()).id();
        BodyGroup group = f.obligation() == null || "NAMED".equals(f.obligation().scope()) ? null
                : BodyGroup.valueOf(f.obligation().scope());
        List<Long> named = f.obligation() == null || f.obligation().codes() == null ? List.of()
                : f.obligation().codes().stream().map(code -> organizations.getByCode(code).id()).toList();
        return new PlanDraft(issuer, f.year(), f.documentNumber(), f.title(), f.issueDate(), f.place(), f.signerName(),
                f.signerTitle(), f.signingAuthority(), String.join("\n", f.legalBases()), parentPlanId,
                parentPlanId == null && f.parentPlan() != null ? f.parentPlan().documentNumber() : null,
                parentPlanId == null && f.parentPlan() != null ? f.parentPlan().issueDate() : null, null, f.purposes(),
                f.requirements(), f.content(), f.budget(), f.implementation(), f.audiences(), f.topics(), f.channels(),
                String.join("\n", f.recipients()), group, named,
                f.obligation() == null ? null : f.obligation().dueDate(), version);
    }

    private PlanFile read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, PlanFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    record PlanFile(String documentNumber, String issuerCode, int year, String title, LocalDate issueDate, String place,
            String signerName, String signerTitle, String signingAuthority, List<String> legalBases, ParentFile parentPlan,
            String purposes, String requirements, String content, String budget, String implementation,
            List<String> audiences, List<String> topics, List<String> channels, List<String> recipients,
            ObligationFile obligation, List<TaskFile> tasks) {
    }

    record ParentFile(String documentNumber, String issuerCode, LocalDate issueDate) {
    }

    record ObligationFile(String scope, List<String> codes, LocalDate dueDate) {
    }

    record TaskFile(String number, String title, String description, String leadCode, List<String> coordinatorCodes,
            String coordinatorGroup, String timing, List<DeliverableFile> deliverables, List<String> topics,
            List<String> channels, List<String> audiences, Long budgetVnd, String indicator, List<TaskFile> children) {
    }

    record DeliverableFile(String type, Integer target, String per) {
    }
}
