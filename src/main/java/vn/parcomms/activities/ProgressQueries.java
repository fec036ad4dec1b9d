package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.plans.Deliverable;

import static vn.parcomms.shared.JdbcRows.strings;

/**
 * Progress from two queries: the occurrences with their tasks' expected deliverables, and the
 * tallies of the activities serving them per occurrence and deliverable type (kept up to date by
 * {@link Activities} on every write). A plan's own progress and
 * that of every plan implementing it are computed in the same pass.
 */
@Repository
class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanProgress of(long planId, LocalDate today) {
        List<Child> children = jdbc.sql("""
                SELECT ob.organization_id, o.name, ob.sub_plan_id, p.document_number AS number, p.status
                FROM plan_obligation ob JOIN organization o ON o.id = ob.organization_id
                LEFT JOIN plan p ON p.id = ob.sub_plan_id
                WHERE ob.plan_id = :plan ORDER BY o.name
                """).param("plan", planId).query((rs, row) -> {
                    long sub = rs.getLong("sub_plan_id");
                    return new Child(rs.getLong("organization_id"), rs.getString("name"), rs.wasNull() ? null : sub,
                            rs.getString("number"), "ISSUED".equals(rs.getString("status")) || "CLOSED".equals(rs.getString("status")));
                }).list();
        List<Long> plans = new ArrayList<>();
        plans.add(planId);
        children.stream().filter(c -> c.subPlanId() != null && c.issued()).forEach(c -> plans.add(c.subPlanId()));
        Map<Long, List<PlanProgress.OccurrenceProgress>> byPlan = occurrences(plans, today);

        List<PlanProgress.OccurrenceProgress> rows = byPlan.getOrDefault(planId, List.of());
        Map<Long, PlanProgress.TaskProgress> tasks = new LinkedHashMap<>();
        Map<Long, int[]> byBody = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        int done = 0;
        int dueSoFar = 0;
        int onTime = 0;
        for (var row : rows) {
            boolean isDone = row.done();
            boolean overdue = row.state() == PlanProgress.State.OVERDUE;
            done += isDone ? 1 : 0;
            if (row.dueDate().isBefore(today)) {
                dueSoFar++;
                onTime += row.state() == PlanProgress.State.DONE ? 1 : 0;
            }
            tasks.merge(row.taskId(), new PlanProgress.TaskProgress(row.taskId(), row.taskNumber(), row.taskTitle(),
                    row.leadName(), isDone ? 1 : 0, 1, overdue ? 1 : 0),
                    (a, b) -> new PlanProgress.TaskProgress(a.taskId(), a.number(), a.title(), a.leadName(),
                            a.done() + b.done(), a.total() + b.total(), a.overdue() + b.overdue()));
            if (row.leadId() != null) {
                int[] counts = byBody.computeIfAbsent(row.leadId(), k -> new int[3]);
                counts[0] += isDone ? 1 : 0;
                counts[1]++;
                counts[2] += overdue ? 1 : 0;
                names.put(row.leadId(), row.leadName());
            }
        }
        List<PlanProgress.BodyProgress> bodies = new ArrayList<>();
        byBody.forEach((id, c) -> bodies.add(new PlanProgress.BodyProgress(id, names.get(id), c[0], c[1], c[2])));
        List<PlanProgress.ChildProgress> childProgress = new ArrayList<>();
        for (Child child : children) {
            List<PlanProgress.OccurrenceProgress> sub = child.subPlanId() == null ? List.of()
                    : byPlan.getOrDefault(child.subPlanId(), List.of());
            int subDone = (int) sub.stream().filter(PlanProgress.OccurrenceProgress::done).count();
            int subOverdue = (int) sub.stream().filter(o -> o.state() == PlanProgress.State.OVERDUE).count();
            childProgress.add(new PlanProgress.ChildProgress(child.organizationId(), child.name(), child.subPlanId(),
                    child.number(), child.issued(), subDone, sub.size(), subOverdue));
        }
        return new PlanProgress(planId, today, rows, List.copyOf(tasks.values()), bodies, childProgress, done, rows.size(),
                dueSoFar, onTime);
    }

    /** States of the given occurrences, for the inbox. */
    Map<Long, PlanProgress.OccurrenceProgress> ofOccurrences(Collection<Long> occurrenceIds, LocalDate today) {
        if (occurrenceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PlanProgress.OccurrenceProgress> result = new HashMap<>();
        compute("oc.id = ANY(:ids)", occurrenceIds.toArray(Long[]::new), today)
                .values().forEach(list -> list.forEach(o -> result.put(o.occurrenceId(), o)));
        return result;
    }

    private Map<Long, List<PlanProgress.OccurrenceProgress>> occurrences(List<Long> planIds, LocalDate today) {
        return compute("oc.plan_id = ANY(:ids)", planIds.toArray(Long[]::new), today);
    }

    private Map<Long, List<PlanProgress.OccurrenceProgress>> compute(String where, Long[] ids, LocalDate today) {
        Map<Long, Map<String, int[]>> counts = new HashMap<>();
        Map<Long, LocalDate> lastAccepted = new HashMap<>();
        jdbc.sql("""
                SELECT a.occurrence_id, a.deliverable_code, a.accepted, a.pending, a.last_accepted_end AS last_end
                FROM activity_tally a JOIN task_occurrence oc ON oc.id = a.occurrence_id
                WHERE %s
                """.formatted(where)).param("ids", ids).query(rs -> {
                    long occurrence = rs.getLong("occurrence_id");
                    counts.computeIfAbsent(occurrence, k -> new HashMap<>())
                            .put(rs.getString("deliverable_code"), new int[] {rs.getInt("accepted"), rs.getInt("pending")});
                    LocalDate end = rs.getObject("last_end", LocalDate.class);
                    if (end != null) {
                        lastAccepted.merge(occurrence, end, (x, y) -> x.isAfter(y) ? x : y);
                    }
                });
        Map<Long, List<PlanProgress.OccurrenceProgress>> byPlan = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT oc.id, oc.plan_id, t.id AS task_id, t.number, t.title, t.lead_id, l.name AS lead_name,
                       oc.period_key, oc.due_date, t.deliverables
                FROM task_occurrence oc
                JOIN plan_task t ON t.id = oc.task_id
                LEFT JOIN organization l ON l.id = t.lead_id
                WHERE %s
                ORDER BY oc.plan_id, t.position, oc.due_date
                """.formatted(where)).param("ids", ids).query(rs -> {
                    long id = rs.getLong("id");
                    long lead = rs.getLong("lead_id");
                    Long leadId = rs.wasNull() ? null : lead;
                    String period = rs.getString("period_key");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    Map<String, Integer> expected = expected(strings(rs, "deliverables"), period);
                    Map<String, int[]> served = counts.getOrDefault(id, Map.of());
                    int accepted = 0;
                    int pending = 0;
                    for (int[] c : served.values()) {
                        accepted += c[0];
                        pending += c[1];
                    }
                    int need = expected.values().stream().mapToInt(Integer::intValue).sum();
                    int achieved = achieved(expected, served);
                    PlanProgress.State state = stateOf(achieved, need, accepted, pending, lastAccepted.get(id), due, today);
                    byPlan.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(
                            new PlanProgress.OccurrenceProgress(id, rs.getLong("task_id"), rs.getString("number"),
                                    rs.getString("title"), leadId, rs.getString("lead_name"), period, due, accepted, pending,
                                    need, achieved, state));
                });
        return byPlan;
    }

    static PlanProgress.State stateOf(int achieved, int need, int accepted, int pending, LocalDate lastAcceptedEnd,
            LocalDate due, LocalDate today) {
        if (achieved >= need) {
            return lastAcceptedEnd != null && lastAcceptedEnd.isAfter(due) ? PlanProgress.State.DONE_LATE
                    : PlanProgress.State.DONE;
        }
        if (today.isAfter(due)) {
            return PlanProgress.State.OVERDUE;
        }
        return accepted > 0 || pending > 0 ? PlanProgress.State.IN_PROGRESS : PlanProgress.State.NOT_STARTED;
    }

    /**
     * What one occurrence must deliver, per deliverable type ("" = anything): a target per period is
     * scaled to the occurrence's period (two a month is six a quarter; four a year is one a quarter).
     */
    static Map<String, Integer> expected(List<String> deliverables, String periodKey) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int occurrenceMonths = months(periodKey);
        for (String code : deliverables) {
            Deliverable d = Deliverable.parse(code);
            if (d == null) {
                continue;
            }
            int target = d.target() == null ? 1 : d.target();
            if (d.per() != null && occurrenceMonths > 0) {
                int perMonths = switch (d.per()) {
                    case MONTH -> 1;
                    case QUARTER -> 3;
                    case HALF_YEAR -> 6;
                    case YEAR -> 12;
                };
                target = (int) Math.ceil((double) target * occurrenceMonths / perMonths);
            }
            if (target > 0) {
                expected.merge(d.type(), target, Integer::sum);
            }
        }
        if (expected.isEmpty()) {
            expected.put("", 1);
        }
        return expected;
    }

    /** Accepted activities of the expected types first; untyped ones or other types fill what remains. */
    static int achieved(Map<String, Integer> expected, Map<String, int[]> served) {
        int achieved = 0;
        int spare = 0;
        for (var entry : served.entrySet()) {
            if (!expected.containsKey(entry.getKey()) || entry.getKey().isEmpty()) {
                spare += entry.getValue()[0];
            }
        }
        for (var entry : expected.entrySet()) {
            int[] got = entry.getKey().isEmpty() ? null : served.get(entry.getKey());
            int have = got == null ? 0 : got[0];
            int covered = Math.min(have, entry.getValue());
            int gap = entry.getValue() - covered;
            int filled = Math.min(gap, spare);
            spare -= filled;
            achieved += covered + filled;
        }
        return achieved;
    }

    /** Months an occurrence covers, from its period key (2026-M05, 2026-Q2, 2026-H1, 2026); 0 when unknown. */
    static int months(String periodKey) {
        if (periodKey == null) {
            return 0;
        }
        if (periodKey.matches("\\d{4}-M\\d{2}")) {
            return 1;
        }
        if (periodKey.matches("\\d{4}-Q\\d")) {
            return 3;
        }
        if (periodKey.matches("\\d{4}-H\\d")) {
            return 6;
        }
        return periodKey.matches("\\d{4}") ? 12 : 0;
    }

    private record Child(long organizationId, String name, Long subPlanId, String number, boolean issued) {
    }
}
