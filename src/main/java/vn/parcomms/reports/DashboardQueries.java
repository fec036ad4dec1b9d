package vn.parcomms.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.plans.OccurrenceStates;

/**
 * The dashboard's grouped queries over a level's subtree (a read model over the activity, plan and
 * report tables): activities per channel and month, the occurrences past due, and report states.
 */
@Component
class DashboardQueries {

    private final JdbcClient jdbc;
    private final OccurrenceStates states;

    DashboardQueries(JdbcClient jdbc, OccurrenceStates states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    Map<String, long[]> channelsByMonth(String path, int year) {
        Map<String, long[]> result = new TreeMap<>();
        jdbc.sql("""
                SELECT a.channel_code, CAST(extract(month FROM a.start_date) AS int) AS month, count(*) AS n
                FROM activity a JOIN organization o ON o.id = a.organization_id
                WHERE o.path LIKE :path || '%' AND a.status = 'ACCEPTED'
                  AND a.start_date BETWEEN :from AND :to
                GROUP BY 1, 2
                """).param("path", path).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("channel_code"), k -> new long[12])[rs.getInt("month") - 1] = rs.getLong("n");
                });
        return result;
    }

    /** Issued plans of the year per body. */
    Map<Long, List<Long>> plansOf(List<Long> bodies, int year) {
        Map<Long, List<Long>> plans = new HashMap<>();
        if (bodies.isEmpty()) {
            return plans;
        }
        jdbc.sql("SELECT issuer_id, id FROM plan WHERE issuer_id IN (:bodies) AND year = :year AND status <> 'DRAFT' ORDER BY id")
                .param("bodies", bodies).param("year", year)
                .query(rs -> {
                    plans.computeIfAbsent(rs.getLong("issuer_id"), k -> new ArrayList<>()).add(rs.getLong("id"));
                });
        return plans;
    }

    /** Occurrences led by bodies under the level, due before today and not done by the progress rules. */
    List<Dashboard.Overdue> overdue(String path, int year, LocalDate today, int limit) {
        List<Dashboard.Overdue> candidates = jdbc.sql("""
                SELECT oc.id, p.id AS plan_id, p.document_number, l.name AS body, t.number, t.title, oc.period_key, oc.due_date
                FROM task_occurrence oc JOIN plan_task t ON t.id = oc.task_id JOIN plan p ON p.id = oc.plan_id
                JOIN organization l ON l.id = t.lead_id
                WHERE l.path LIKE :path || '%' AND p.status = 'ISSUED' AND p.year = :year AND oc.due_date < :today
                ORDER BY oc.due_date, t.position
                """).param("path", path).param("year", year).param("today", today)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new Dashboard.Overdue(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("document_number"),
                            rs.getString("body"), rs.getString("number"), rs.getString("title"), rs.getString("period_key"),
                            due, ChronoUnit.DAYS.between(due, today));
                }).list();
        Map<Long, String> state = states.of(candidates.stream().map(Dashboard.Overdue::occurrenceId).toList());
        return candidates.stream().filter(o -> "OVERDUE".equals(state.get(o.occurrenceId())))
                .sorted((a, b) -> Long.compare(b.daysLate(), a.daysLate())).limit(limit).toList();
    }
}
