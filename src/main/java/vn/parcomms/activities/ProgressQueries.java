package vn.parcomms.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One query reads every occurrence of a plan with the counts of activities that serve it. */
@Repository
class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanProgress of(long planId, LocalDate today) {
        List<PlanProgress.OccurrenceProgress> rows = jdbc.sql("""
                SELECT oc.id, t.number, t.title, t.lead_id, l.name AS lead_name, oc.period_key, oc.due_date,
                       count(a.id) FILTER (WHERE a.status = 'ACCEPTED') AS accepted,
                       max(a.end_date) FILTER (WHERE a.status = 'ACCEPTED') AS last_accepted_end,
                       count(a.id) FILTER (WHERE a.status IN ('RECORDED', 'RETURNED')) AS pending,
                       t.position
                FROM task_occurrence oc
                JOIN plan_task t ON t.id = oc.task_id
                LEFT JOIN organization l ON l.id = t.lead_id
                LEFT JOIN activity a ON a.occurrence_id = oc.id
                WHERE oc.plan_id = :plan
                GROUP BY oc.id, t.id, l.name
                ORDER BY t.position, oc.due_date
                """).param("plan", planId).query((rs, row) -> {
                    long lead = rs.getLong("lead_id");
                    Long leadId = rs.wasNull() ? null : lead;
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    int accepted = rs.getInt("accepted");
                    int pending = rs.getInt("pending");
                    return new PlanProgress.OccurrenceProgress(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                            leadId, rs.getString("lead_name"), rs.getString("period_key"), due, accepted, pending,
                            PlanProgress.OccurrenceProgress.stateOf(accepted, rs.getObject("last_accepted_end", LocalDate.class),
                                    pending, due, today));
                }).list();
        Map<Long, int[]> byBody = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        int done = 0;
        for (var row : rows) {
            if (row.done()) {
                done++;
            }
            if (row.leadId() != null) {
                int[] counts = byBody.computeIfAbsent(row.leadId(), k -> new int[2]);
                counts[1]++;
                if (row.done()) {
                    counts[0]++;
                }
                names.put(row.leadId(), row.leadName());
            }
        }
        List<PlanProgress.BodyProgress> bodies = new ArrayList<>();
        byBody.forEach((id, counts) -> bodies.add(new PlanProgress.BodyProgress(id, names.get(id), counts[0], counts[1])));
        return new PlanProgress(planId, rows, bodies, done, rows.size());
    }
}
