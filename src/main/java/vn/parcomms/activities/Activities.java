package vn.parcomms.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.parcomms.shared.JdbcRows.instant;
import static vn.parcomms.shared.JdbcRows.nullableInt;
import static vn.parcomms.shared.JdbcRows.nullableLong;
import static vn.parcomms.shared.JdbcRows.strings;

/** The activity and activity_event tables. */
@Repository
class Activities {

    private static final String SELECT = """
            SELECT a.*, o.name AS organization_name, o.path AS organization_path
            FROM activity a JOIN organization o ON o.id = a.organization_id
            """;

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Activity> findById(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Activities::map).optional();
    }

    /** Activities of the organizations under the given paths, newest first. */
    List<Activity> list(List<String> paths, ActivityFilter filter, String underPath, int offset, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        var scope = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            scope.append(i == 0 ? "" : " OR ").append("o.path LIKE :p").append(i).append(" || '%'");
            params.put("p" + i, paths.get(i));
        }
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("occurrence", filter.occurrenceId());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("under", underPath);
        params.put("channel", filter.channel());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE (" + scope + """
                ) AND (CAST(:status AS text) IS NULL OR a.status = CAST(:status AS text))
                  AND (CAST(:occurrence AS bigint) IS NULL OR a.occurrence_id = CAST(:occurrence AS bigint))
                  AND a.end_date >= coalesce(CAST(:from AS date), a.end_date)
                  AND a.start_date <= coalesce(CAST(:to AS date), a.start_date)
                  AND (CAST(:under AS text) IS NULL OR o.path LIKE CAST(:under AS text) || '%')
                  AND (CAST(:channel AS text) IS NULL OR a.channel_code = CAST(:channel AS text))
                ORDER BY a.start_date DESC, a.id DESC OFFSET :offset LIMIT :limit
                """).params(params).query(Activities::map).list();
    }

    long insert(RecordActivity r, LocalDate end, Long supersedes, Long userId) {
        long id = jdbc.sql("""
                INSERT INTO activity (organization_id, occurrence_id, start_date, end_date, channel_code, deliverable_code,
                       title, description, links, views, listeners, participants, copies, broadcasts, duration_minutes,
                       topics, audiences, supersedes_id, recorded_by)
                VALUES (:org, :occurrence, :start, :end, :channel, :deliverable, :title, :description, :links, :views,
                       :listeners, :participants, :copies, :broadcasts, :duration, :topics, :audiences, :supersedes, :by)
                RETURNING id
                """).params(values(r, end)).param("supersedes", supersedes).param("by", userId)
                .query(Long.class).single();
        refreshTally(r.occurrenceId());
        return id;
    }

    /** Corrects an activity not yet accepted; a returned one goes back to RECORDED. */
    boolean update(long id, int version, RecordActivity r, LocalDate end) {
        Long before = occurrenceOf(id);
        boolean updated = jdbc.sql("""
                UPDATE activity SET occurrence_id = :occurrence, start_date = :start, end_date = :end,
                       channel_code = :channel, deliverable_code = :deliverable, title = :title, description = :description,
                       links = :links, views = :views, listeners = :listeners, participants = :participants,
                       copies = :copies, broadcasts = :broadcasts, duration_minutes = :duration, topics = :topics,
                       audiences = :audiences, status = 'RECORDED', return_reason = NULL, version = version + 1,
                       updated_at = now()
                WHERE id = :id AND version = :version AND status IN ('RECORDED', 'RETURNED')
                """).params(values(r, end)).param("id", id).param("version", version).update() == 1;
        if (updated) {
            refreshTally(before, r.occurrenceId());
        }
        return updated;
    }

    /** Moves RECORDED to ACCEPTED or RETURNED; false when someone else decided or changed it first. */
    boolean decide(long id, int version, ActivityStatus outcome, String reason, Long userId) {
        boolean decided = jdbc.sql("""
                UPDATE activity SET status = :status, return_reason = :reason, decided_by = :by, decided_at = now(),
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status = 'RECORDED'
                """).param("status", outcome.name()).param("reason", reason).param("by", userId).param("id", id)
                .param("version", version).update() == 1;
        if (decided) {
            refreshTally(occurrenceOf(id));
        }
        return decided;
    }

    void supersede(long id) {
        jdbc.sql("UPDATE activity SET status = 'SUPERSEDED', version = version + 1, updated_at = now() WHERE id = :id AND status = 'ACCEPTED'")
                .param("id", id).update();
        refreshTally(occurrenceOf(id));
    }

    private Long occurrenceOf(long id) {
        return jdbc.sql("SELECT occurrence_id FROM activity WHERE id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
    }

    /** Recounts the tallies of these occurrences (see V2026_11_23_202); every write of activities ends with it. */
    void refreshTally(Long... occurrenceIds) {
        Long[] ids = java.util.Arrays.stream(occurrenceIds).filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new);
        if (ids.length > 0) {
            jdbc.sql("SELECT activity_tally_refresh(:ids)").param("ids", ids).query(rs -> { });
        }
    }

    boolean hasOpenCorrection(long id) {
        return jdbc.sql("SELECT count(*) FROM activity WHERE supersedes_id = :id AND status IN ('RECORDED', 'RETURNED')")
                .param("id", id).query(Long.class).single() > 0;
    }

    void event(long activityId, String kind, Long actorId, String actorName, String details) {
        jdbc.sql("INSERT INTO activity_event (activity_id, kind, actor_id, actor_name, details) VALUES (:a, :k, :id, :name, :d)")
                .param("a", activityId).param("k", kind).param("id", actorId).param("name", actorName).param("d", details)
                .update();
    }

    List<ActivityEvent> events(long activityId) {
        return jdbc.sql("SELECT kind, actor_name, details, at FROM activity_event WHERE activity_id = :a ORDER BY at, id")
                .param("a", activityId).query((rs, row) -> new ActivityEvent(rs.getString("kind"), rs.getString("actor_name"),
                        rs.getString("details"), rs.getTimestamp("at").toInstant())).list();
    }

    private static Map<String, Object> values(RecordActivity r, LocalDate end) {
        var reach = r.reach() == null ? new RecordActivity.ReachFigures(null, null, null, null, null, null) : r.reach();
        Map<String, Object> map = new HashMap<>();
        map.put("org", r.organizationId());
        map.put("occurrence", r.occurrenceId());
        map.put("start", r.startDate());
        map.put("end", end);
        map.put("channel", r.channel());
        map.put("deliverable", r.deliverable());
        map.put("title", r.title());
        map.put("description", r.description());
        map.put("links", (r.links() == null ? List.<String>of() : r.links()).toArray(String[]::new));
        map.put("views", reach.views());
        map.put("listeners", reach.listeners());
        map.put("participants", reach.participants());
        map.put("copies", reach.copies());
        map.put("broadcasts", reach.broadcasts());
        map.put("duration", reach.durationMinutes());
        map.put("topics", (r.topics() == null ? List.<String>of() : r.topics()).toArray(String[]::new));
        map.put("audiences", (r.audiences() == null ? List.<String>of() : r.audiences()).toArray(String[]::new));
        return map;
    }

    private static Activity map(ResultSet rs, int row) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_path"), nullableLong(rs, "occurrence_id"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("channel_code"), rs.getString("deliverable_code"), rs.getString("title"),
                rs.getString("description"), strings(rs, "links"),
                new Activity.Reach(nullableLong(rs, "views"), nullableLong(rs, "listeners"), nullableLong(rs, "participants"),
                        nullableLong(rs, "copies"), nullableInt(rs, "broadcasts"), nullableInt(rs, "duration_minutes")),
                strings(rs, "topics"), strings(rs, "audiences"), ActivityStatus.valueOf(rs.getString("status")),
                rs.getString("return_reason"), nullableLong(rs, "supersedes_id"), rs.getInt("version"),
                nullableLong(rs, "recorded_by"), instant(rs, "created_at"));
    }
}
