package vn.parcomms.plans;

import static vn.parcomms.shared.JdbcRows.longArray;
import static vn.parcomms.shared.JdbcRows.longs;
import static vn.parcomms.shared.JdbcRows.nullableLong;
import static vn.parcomms.shared.JdbcRows.strings;
import static vn.parcomms.shared.JdbcRows.textArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_task table. */
@Repository
class PlanTasks {

    private static final String SELECT = """
            SELECT t.*, l.name AS lead_name,
                   ARRAY(SELECT c.name FROM unnest(t.coordinator_ids) WITH ORDINALITY AS x(id, n)
                         JOIN organization c ON c.id = x.id ORDER BY x.n) AS coordinator_names
            FROM plan_task t LEFT JOIN organization l ON l.id = t.lead_id
            """;

    private final JdbcClient jdbc;

    PlanTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanTask> ofPlan(long planId) {
        return jdbc.sql(SELECT + " WHERE t.plan_id = :plan ORDER BY t.position, t.id").param("plan", planId)
                .query(PlanTasks::map).list();
    }

    Optional<PlanTask> findById(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(PlanTasks::map).optional();
    }

    boolean numberTaken(long planId, String number, Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM plan_task WHERE plan_id = :plan AND number = :number
                  AND id <> coalesce(CAST(:except AS bigint), -1)
                """).param("plan", planId).param("number", number).param("except", exceptId).query(Long.class).single() > 0;
    }

    long insert(long planId, TaskValues v, Long sourceTaskId) {
        return jdbc.sql("""
                INSERT INTO plan_task (plan_id, number, position, title, description, lead_id, coordinator_ids,
                       coordinator_group, schedule_code, schedule_text, topics, channels, audiences, deliverables,
                       budget_vnd, indicator, source_task_id)
                VALUES (:plan, :number, :position, :title, :description, :lead, :coordinators, :group, :scheduleCode,
                       :scheduleText, :topics, :channels, :audiences, :deliverables, :budget, :indicator, :source)
                RETURNING id
                """).params(v.params()).param("plan", planId).param("position", positionOf(v.number()))
                .param("source", sourceTaskId).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, TaskValues v) {
        return jdbc.sql("""
                UPDATE plan_task SET number = :number, position = :position, title = :title, description = :description,
                       lead_id = :lead, coordinator_ids = :coordinators, coordinator_group = :group,
                       schedule_code = :scheduleCode, schedule_text = :scheduleText, topics = :topics,
                       channels = :channels, audiences = :audiences, deliverables = :deliverables,
                       budget_vnd = :budget, indicator = :indicator, version = version + 1
                WHERE id = :id AND version = :version
                """).params(v.params()).param("position", positionOf(v.number())).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM plan_task WHERE id = :id").param("id", id).update();
    }

    /** Orders "2" < "2.1" < "2.10" < "10" by their numeric parts (three levels of up to 999 fit an int). */
    static int positionOf(String number) {
        int position = 0;
        String[] parts = number.split("\\.");
        for (int i = 0; i < 3; i++) {
            position = position * 1000 + (i < parts.length ? Integer.parseInt(parts[i]) : 0);
        }
        return position;
    }

    static PlanTask map(ResultSet rs, int row) throws SQLException {
        String group = rs.getString("coordinator_group");
        String code = rs.getString("schedule_code");
        List<Deliverable> deliverables = strings(rs, "deliverables").stream().map(Deliverable::parse)
                .filter(Objects::nonNull).toList();
        long budget = rs.getLong("budget_vnd");
        Long budgetVnd = rs.wasNull() ? null : budget;
        return new PlanTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("number"), rs.getInt("position"),
                rs.getString("title"), rs.getString("description"), nullableLong(rs, "lead_id"), rs.getString("lead_name"),
                longs(rs, "coordinator_ids"), strings(rs, "coordinator_names"),
                group == null ? null : BodyGroup.valueOf(group), code, rs.getString("schedule_text"),
                !code.startsWith("UNPARSED"), strings(rs, "topics"), strings(rs, "channels"), strings(rs, "audiences"),
                deliverables, budgetVnd, rs.getString("indicator"), nullableLong(rs, "source_task_id"), rs.getInt("version"));
    }

    /** Cleaned task values ready to store. */
    record TaskValues(String number, String title, String description, Long leadId, List<Long> coordinatorIds,
            BodyGroup group, String scheduleCode, String scheduleText, List<String> topics, List<String> channels,
            List<String> audiences, List<String> deliverables, Long budgetVnd, String indicator) {

        java.util.Map<String, Object> params() {
            var map = new java.util.HashMap<String, Object>();
            map.put("number", number);
            map.put("title", title);
            map.put("description", description);
            map.put("lead", leadId);
            map.put("coordinators", longArray(coordinatorIds));
            map.put("group", group == null ? null : group.name());
            map.put("scheduleCode", scheduleCode);
            map.put("scheduleText", scheduleText);
            map.put("topics", textArray(topics));
            map.put("channels", textArray(channels));
            map.put("audiences", textArray(audiences));
            map.put("deliverables", textArray(deliverables));
            map.put("budget", budgetVnd);
            map.put("indicator", indicator);
            return map;
        }
    }
}
