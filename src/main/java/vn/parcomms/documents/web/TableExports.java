package vn.parcomms.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.accounts.AccountDirectory;
import vn.parcomms.activities.Activity;
import vn.parcomms.activities.ActivityActions;
import vn.parcomms.activities.ActivityFilter;
import vn.parcomms.activities.ActivityManagement;
import vn.parcomms.activities.ActivityStatus;
import vn.parcomms.documents.Spreadsheet;
import vn.parcomms.plans.Obligation;
import vn.parcomms.plans.Plan;
import vn.parcomms.plans.PlanManagement;
import vn.parcomms.plans.PlanTask;
import vn.parcomms.plans.Term;
import vn.parcomms.plans.Vocabularies;
import vn.parcomms.scores.Score;
import vn.parcomms.scores.ScoreManagement;

/**
 * The platform's tables as XLSX: a plan's tasks, its compliance table, the activities list (with the
 * list's filters) and a score. Each goes through the owning module, so the reader's scope applies.
 * Headers in Vietnamese, dates as dates, numbers as numbers (see {@link Spreadsheet}).
 */
@RestController
class TableExports {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int MAX_ACTIVITIES = 50_000;

    private final PlanManagement plans;
    private final ActivityManagement activities;
    private final ScoreManagement scores;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final AccessPolicy access;
    private final AccountDirectory accounts;

    TableExports(PlanManagement plans, ActivityManagement activities, ScoreManagement scores, Vocabularies vocabularies,
            MessageSource messages, AccessPolicy access, AccountDirectory accounts) {
        this.plans = plans;
        this.activities = activities;
        this.scores = scores;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping({"/plans/{id}/tasks.xlsx", "/api/v1/plans/{id}/tasks/export"})
    @Operation(summary = "A plan's task table as XLSX")
    ResponseEntity<byte[]> tasks(@PathVariable long id) {
        Plan plan = plans.get(id);
        List<PlanTask> tasks = plans.tasks(id);
        Map<Long, Integer> occurrences = plans.occurrenceCounts(id);
        Map<String, String> deliverables = labels(Term.Vocabulary.DELIVERABLE);
        List<List<Object>> rows = new ArrayList<>();
        for (PlanTask t : tasks) {
            String coordinators = String.join("; ", t.coordinatorNames());
            if (t.coordinatorGroup() != null) {
                String group = messages.getMessage(t.coordinatorGroup().labelKey(), null, t.coordinatorGroup().name(), VI);
                coordinators = coordinators.isEmpty() ? group : coordinators + "; " + group;
            }
            String products = t.deliverables().stream().map(d -> deliverables.getOrDefault(d.type(), d.type())
                    + (d.target() == null ? "" : ": " + d.target())).collect(Collectors.joining("; "));
            rows.add(Arrays.asList(t.number(), t.title(), t.description(), t.leadName() == null ? plan.issuerName() : t.leadName(),
                    coordinators, t.scheduleText(), products, t.budgetVnd(), occurrences.get(t.id())));
        }
        return send(Spreadsheet.write("Nhiệm vụ", List.of("STT", "Nhiệm vụ", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian thực hiện", "Sản phẩm", "Kinh phí (đồng)", "Số lần phải thực hiện"), rows),
                "nhiem-vu-" + slug(plan) + ".xlsx");
    }

    @GetMapping({"/plans/{id}/obligations.xlsx", "/api/v1/plans/{id}/obligations/export"})
    @Operation(summary = "A plan's compliance table (who must issue their own plan, by when, and did they) as XLSX")
    ResponseEntity<byte[]> obligations(@PathVariable long id) {
        Plan plan = plans.get(id);
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Obligation o : plans.obligations(id)) {
            rows.add(Arrays.asList(n++, o.organizationName(), o.dueDate(), o.subPlanNumber(), o.subPlanIssueDate(),
                    messages.getMessage("obligation.state." + o.state().name(), null, o.state().name(), VI)));
        }
        return send(Spreadsheet.write("Tuân thủ", List.of("STT", "Cơ quan, đơn vị", "Hạn ban hành", "Số kế hoạch",
                "Ngày ban hành", "Tình trạng"), rows), "tuan-thu-" + slug(plan) + ".xlsx");
    }

    @GetMapping({"/activities/export.xlsx", "/api/v1/activities/export"})
    @Operation(summary = "The activities the caller may read, with the list's filters, as XLSX (at most 50,000 rows)")
    ResponseEntity<byte[]> activities(@RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) String channel,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long occurrenceId) {
        access.checkSomewhere(ActivityActions.VIEW);
        ActivityFilter filter = new ActivityFilter(status, occurrenceId, from, to, organizationId,
                channel == null || channel.isBlank() ? null : channel);
        Map<String, String> channels = labels(Term.Vocabulary.CHANNEL);
        Map<String, String> deliverables = labels(Term.Vocabulary.DELIVERABLE);
        Map<String, String> topics = labels(Term.Vocabulary.TOPIC);
        Map<String, String> audiences = labels(Term.Vocabulary.AUDIENCE);
        Map<ActivityStatus, String> statuses = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; offset < MAX_ACTIVITIES; offset += 1_000) {
            List<Activity> page = activities.list(filter, offset, 1_000);
            for (Activity a : page) {
                var reach = a.reach();
                rows.add(Arrays.asList(a.id(), a.startDate(), a.endDate(), a.organizationName(),
                        channels.getOrDefault(a.channel(), a.channel()),
                        a.deliverable() == null ? null : deliverables.getOrDefault(a.deliverable(), a.deliverable()),
                        a.title(), join(a.topics(), topics), join(a.audiences(), audiences),
                        reach.views(), reach.listeners(), reach.participants(), reach.copies(), reach.broadcasts(),
                        reach.durationMinutes(), statuses.computeIfAbsent(a.status(),
                                s -> messages.getMessage("activity.status." + s.name(), null, s.name(), VI)),
                        String.join("\n", a.links())));
            }
            if (page.size() < 1_000) {
                break;
            }
        }
        return send(Spreadsheet.write("Hoạt động", List.of("Mã", "Từ ngày", "Đến ngày", "Cơ quan, đơn vị", "Hình thức",
                "Loại sản phẩm", "Tên hoạt động", "Nội dung", "Đối tượng", "Lượt xem", "Lượt nghe", "Người tham dự",
                "Số bản", "Lượt phát sóng", "Thời lượng (phút)", "Trạng thái", "Liên kết"), rows), "hoat-dong.xlsx");
    }

    @GetMapping({"/scores.xlsx", "/api/v1/scores/export"})
    @Operation(summary = "A body's PAR Index communication score for a year, criterion by criterion, as XLSX")
    ResponseEntity<byte[]> score(@RequestParam(name = "org", required = false) Long organizationId,
            @RequestParam(required = false) Integer year) {
        long org = organizationId != null ? organizationId : accounts.currentUser().orElseThrow().organizationId();
        int y = year != null ? year : scores.today().getYear();
        Score score = scores.score(org, y);
        List<List<Object>> rows = new ArrayList<>();
        for (Score.Criterion c : score.criteria()) {
            rows.add(Arrays.asList(messages.getMessage("scores.criterion." + c.code(), null, c.code(), VI), c.points(),
                    c.maxPoints(), c.explanation(), c.activityCount()));
        }
        rows.add(Arrays.asList("Tổng", score.points(), score.maxPoints(), score.organizationName() + ", năm " + y, null));
        return send(Spreadsheet.write("Điểm " + y, List.of("Tiêu chí", "Điểm", "Điểm tối đa", "Giải thích", "Số hoạt động làm căn cứ"),
                rows), "diem-par-index-" + org + "-" + y + ".xlsx");
    }

    private Map<String, String> labels(Term.Vocabulary vocabulary) {
        return vocabularies.labelsVi(vocabulary);
    }

    private static String join(List<String> codes, Map<String, String> labels) {
        return codes.stream().map(c -> labels.getOrDefault(c, c)).collect(Collectors.joining("; "));
    }

    private static String slug(Plan plan) {
        return plan.documentNumber() == null ? String.valueOf(plan.id()) : plan.documentNumber().replace('/', '-');
    }

    private static ResponseEntity<byte[]> send(byte[] body, String name) {
        return vn.parcomms.shared.web.Downloads.bytes(body, name, XLSX);
    }
}
