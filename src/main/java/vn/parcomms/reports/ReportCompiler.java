package vn.parcomms.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.plans.OccurrenceStates;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureChange;

/**
 * Compiles a body's own figures for a date range straight from the activity and occurrence tables
 * (a read model over the activities and plans modules' tables: one grouped query per breakdown).
 * Only accepted activities count; those still waiting are counted apart. The activity's first day
 * decides its period. The administrative procedures that changed in the period come from the body's catalog.
 */
@Component
class ReportCompiler {

    private final JdbcClient jdbc;
    private final OccurrenceStates states;
    private final ProcedureCatalog procedures;

    ReportCompiler(JdbcClient jdbc, OccurrenceStates states, ProcedureCatalog procedures) {
        this.jdbc = jdbc;
        this.states = states;
        this.procedures = procedures;
    }

    ReportFigures compile(long organizationId, LocalDate from, LocalDate to) {
        var params = Map.<String, Object>of("org", organizationId, "from", from, "to", to);
        String where = "organization_id = :org AND start_date BETWEEN :from AND :to";
        Map<String, Long> reach = new LinkedHashMap<>();
        long[] counts = new long[2];
        jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE status IN ('RECORDED', 'RETURNED')) AS pending,
                       coalesce(sum(views) FILTER (WHERE status = 'ACCEPTED'), 0) AS views,
                       coalesce(sum(listeners) FILTER (WHERE status = 'ACCEPTED'), 0) AS listeners,
                       coalesce(sum(participants) FILTER (WHERE status = 'ACCEPTED'), 0) AS participants,
                       coalesce(sum(copies) FILTER (WHERE status = 'ACCEPTED'), 0) AS copies,
                       coalesce(sum(broadcasts) FILTER (WHERE status = 'ACCEPTED'), 0) AS broadcasts,
                       coalesce(sum(duration_minutes) FILTER (WHERE status = 'ACCEPTED'), 0) AS duration
                FROM activity WHERE %s
                """.formatted(where)).params(params).query(rs -> {
                    counts[0] = rs.getLong("accepted");
                    counts[1] = rs.getLong("pending");
                    reach.put("views", rs.getLong("views"));
                    reach.put("listeners", rs.getLong("listeners"));
                    reach.put("participants", rs.getLong("participants"));
                    reach.put("copies", rs.getLong("copies"));
                    reach.put("broadcasts", rs.getLong("broadcasts"));
                    reach.put("durationMinutes", rs.getLong("duration"));
                });
        String accepted = where + " AND status = 'ACCEPTED'";
        Map<String, Long> byChannel = grouped("SELECT channel_code, count(*) FROM activity WHERE " + accepted
                + " GROUP BY 1", params);
        Map<String, Long> byDeliverable = grouped("SELECT coalesce(deliverable_code, ''), count(*) FROM activity WHERE "
                + accepted + " GROUP BY 1", params);
        Map<String, Long> byTopic = grouped("SELECT t, count(*) FROM activity, unnest(topics) AS t WHERE " + accepted
                + " GROUP BY 1", params);
        Map<String, Long> byAudience = grouped("SELECT t, count(*) FROM activity, unnest(audiences) AS t WHERE " + accepted
                + " GROUP BY 1", params);

        List<Long> due = jdbc.sql("""
                SELECT oc.id FROM task_occurrence oc JOIN plan_task t ON t.id = oc.task_id JOIN plan p ON p.id = oc.plan_id
                WHERE t.lead_id = :org AND p.status <> 'DRAFT' AND oc.due_date BETWEEN :from AND :to
                """).params(params).query(Long.class).list();
        long done = 0;
        long late = 0;
        long overdue = 0;
        for (String state : states.of(due).values()) {
            switch (state) {
                case "DONE" -> done++;
                case "DONE_LATE" -> late++;
                case "OVERDUE" -> overdue++;
                default -> { }
            }
        }
        Map<ProcedureChange.Kind, Long> changed = procedures.countsFor(organizationId, from, to);
        return new ReportFigures(counts[0], counts[1], byChannel, byDeliverable, byTopic, byAudience, reach, due.size(),
                done, late, overdue, new ReportFigures.ProcedureCounts(procedures.levelOf(organizationId).name(),
                        changed.get(ProcedureChange.Kind.PUBLISHED),
                        changed.get(ProcedureChange.Kind.AMENDED), changed.get(ProcedureChange.Kind.REPLACED),
                        changed.get(ProcedureChange.Kind.ABOLISHED)));
    }

    /**
     * Every accepted activity of the period under a level, by the body directly below it. When the
     * period is made of whole half-months (both period conventions are), the bodies below are read from
     * the summary the database keeps per body and subtree ({@code activity_rollup}), and the level's own
     * activities from the activity table; otherwise every activity of the subtree is grouped in one pass.
     * Rows come grouped by body, channel, deliverable type and the topic and audience lists as they are;
     * the lists are unfolded here.
     */
    LiveRollup live(long levelId, String levelName, String levelPath, ReportingPeriod period) {
        return live(levelId, levelName, levelPath, period, wholeHalfMonths(period.from(), period.to()));
    }

    static boolean wholeHalfMonths(LocalDate from, LocalDate to) {
        int first = from.getDayOfMonth();
        int afterLast = to.plusDays(1).getDayOfMonth();
        return !to.isBefore(from) && (first == 1 || first == 15) && (afterLast == 1 || afterLast == 15);
    }

    LiveRollup live(long levelId, String levelName, String levelPath, ReportingPeriod period, boolean fromSummary) {
        Map<Long, Accumulator> parts = new LinkedHashMap<>();
        Accumulator total = new Accumulator();
        RowCallbackHandler rows = rs -> {
            long n = rs.getLong("n");
            long[] reach = {rs.getLong("views"), rs.getLong("listeners"), rs.getLong("participants"),
                    rs.getLong("copies"), rs.getLong("broadcasts"), rs.getLong("duration")};
            String[] topics = (String[]) rs.getArray("topics").getArray();
            String[] audiences = (String[]) rs.getArray("audiences").getArray();
            String channel = rs.getString("channel_code");
            String deliverable = rs.getString("deliverable");
            total.add(n, channel, deliverable, topics, audiences, reach);
            parts.computeIfAbsent(rs.getLong("part"), k -> new Accumulator())
                    .add(n, channel, deliverable, topics, audiences, reach);
        };
        boolean root = "/".equals(levelPath);
        if (fromSummary) {
            jdbc.sql("""
                    SELECT r.organization_id AS part, r.channel_code, r.deliverable_code AS deliverable, r.topics, r.audiences,
                           sum(r.activities) AS n, sum(r.views) AS views, sum(r.listeners) AS listeners,
                           sum(r.participants) AS participants, sum(r.copies) AS copies, sum(r.broadcasts) AS broadcasts,
                           sum(r.duration_minutes) AS duration
                    FROM organization o JOIN activity_rollup r ON r.organization_id = o.id
                    WHERE %s AND r.bucket BETWEEN activity_rollup_bucket(:from) AND activity_rollup_bucket(:to)
                    GROUP BY 1, 2, 3, 4, 5 HAVING sum(r.activities) > 0
                    """.formatted(root ? "o.parent_id IS NULL" : "o.parent_id = :level"))
                    .param("level", levelId).param("from", period.from()).param("to", period.to()).query(rows);
            if (!root) {
                jdbc.sql("""
                        SELECT CAST(:level AS bigint) AS part, channel_code, coalesce(deliverable_code, '') AS deliverable,
                               topics, audiences, count(*) AS n, coalesce(sum(views), 0) AS views,
                               coalesce(sum(listeners), 0) AS listeners, coalesce(sum(participants), 0) AS participants,
                               coalesce(sum(copies), 0) AS copies, coalesce(sum(broadcasts), 0) AS broadcasts,
                               coalesce(sum(duration_minutes), 0) AS duration
                        FROM activity WHERE organization_id = :level AND status = 'ACCEPTED' AND start_date BETWEEN :from AND :to
                        GROUP BY 1, 2, 3, 4, 5
                        """).param("level", levelId).param("from", period.from()).param("to", period.to()).query(rows);
            }
        } else {
            // The planner overestimates the groups (arrays among the keys) and would sort on disk; the actual
            // groups are few, so hash them in memory. Below the root, reach each body's accepted activities
            // of the period through the (organization, date) index instead of scanning the whole table.
            jdbc.sql("SET LOCAL work_mem = '64MB'").update();
            jdbc.sql("SET LOCAL enable_sort = off").update();
            String source = root
                    ? """
                      activity a JOIN organization o ON o.id = a.organization_id
                      WHERE a.status = 'ACCEPTED' AND a.start_date BETWEEN :from AND :to
                      """
                    : """
                      organization o CROSS JOIN LATERAL (
                          SELECT * FROM activity x WHERE x.organization_id = o.id AND x.status = 'ACCEPTED'
                            AND x.start_date BETWEEN :from AND :to OFFSET 0) a
                      WHERE o.path LIKE :path || '%'
                      """;
            jdbc.sql("""
                    SELECT CAST(coalesce(nullif(split_part(substr(o.path, length(:path) + 1), '/', 1), ''), CAST(:level AS text))
                                AS bigint) AS part,
                           a.channel_code, coalesce(a.deliverable_code, '') AS deliverable, a.topics, a.audiences,
                           count(*) AS n, coalesce(sum(a.views), 0) AS views, coalesce(sum(a.listeners), 0) AS listeners,
                           coalesce(sum(a.participants), 0) AS participants, coalesce(sum(a.copies), 0) AS copies,
                           coalesce(sum(a.broadcasts), 0) AS broadcasts, coalesce(sum(a.duration_minutes), 0) AS duration
                    FROM """ + " " + source + """
                    GROUP BY 1, 2, 3, 4, 5
                    """).param("level", levelId).param("path", levelPath).param("from", period.from())
                    .param("to", period.to()).query(rows);
        }
        Map<Long, String> names = new LinkedHashMap<>();
        if (!parts.isEmpty()) {
            jdbc.sql("SELECT id, name FROM organization WHERE id IN (:ids)").param("ids", parts.keySet())
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        }
        List<LiveRollup.Part> list = new ArrayList<>();
        parts.forEach((id, acc) -> list.add(new LiveRollup.Part(id, names.getOrDefault(id, "#" + id), acc.figures())));
        list.sort((a, b) -> Long.compare(b.figures().activities(), a.figures().activities()));
        return new LiveRollup(levelId, levelName, period, total.figures(), list);
    }

    /** Sums grouped rows into figures. */
    private static final class Accumulator {
        private long activities;
        private final Map<String, Long> byChannel = new TreeMap<>();
        private final Map<String, Long> byDeliverable = new TreeMap<>();
        private final Map<String, Long> byTopic = new TreeMap<>();
        private final Map<String, Long> byAudience = new TreeMap<>();
        private final long[] reach = new long[6];

        void add(long n, String channel, String deliverable, String[] topics, String[] audiences, long[] sums) {
            activities += n;
            byChannel.merge(channel, n, Long::sum);
            byDeliverable.merge(deliverable, n, Long::sum);
            for (String topic : topics) {
                byTopic.merge(topic, n, Long::sum);
            }
            for (String audience : audiences) {
                byAudience.merge(audience, n, Long::sum);
            }
            for (int i = 0; i < reach.length; i++) {
                reach[i] += sums[i];
            }
        }

        ReportFigures figures() {
            Map<String, Long> totals = new LinkedHashMap<>();
            for (int i = 0; i < ReportFigures.REACH.length; i++) {
                totals.put(ReportFigures.REACH[i], reach[i]);
            }
            return new ReportFigures(activities, 0, byChannel, byDeliverable, byTopic, byAudience, totals, 0, 0, 0, 0);
        }
    }

    private Map<String, Long> grouped(String sql, Map<String, Object> params) {
        Map<String, Long> result = new TreeMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        });
        return result;
    }

    /**
     * The bodies whose reports go to this level: its current children, less those whose reporting line
     * says they do not report or report elsewhere, plus those whose line sends their reports here.
     */
    List<Body> subordinates(long organizationId, LocalDate on) {
        return new ArrayList<>(jdbc.sql("""
                SELECT o.id, o.name, o.kind FROM organization o LEFT JOIN reporting_line l ON l.organization_id = o.id
                WHERE o.valid_from <= :on AND (o.valid_to IS NULL OR o.valid_to >= :on)
                  AND ((o.parent_id = :org AND (l.organization_id IS NULL OR (l.reports AND l.recipient_id IS NULL)))
                       OR (l.reports AND l.recipient_id = :org))
                ORDER BY o.name
                """).param("org", organizationId).param("on", on).query(ReportCompiler::body).list());
    }

    /**
     * A body reporting to a level, as the roll-up needs it.
     *
     * @param id the body
     * @param name its name
     * @param kind its kind (its due day depends on it)
     */
    record Body(long id, String name, vn.parcomms.organizations.OrganizationKind kind) {
    }

    private static Body body(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Body(rs.getLong("id"), rs.getString("name"),
                vn.parcomms.organizations.OrganizationKind.valueOf(rs.getString("kind")));
    }

    /** Whether a body reports at all (no line exempts it). */
    boolean reportsAtAll(long organizationId) {
        return jdbc.sql("SELECT coalesce(bool_and(reports), true) FROM reporting_line WHERE organization_id = :org")
                .param("org", organizationId).query(Boolean.class).single();
    }

    /** The provinces reporting to the national level: the top of the tree, less those a line exempts. */
    List<Body> provinces(LocalDate on) {
        return new ArrayList<>(jdbc.sql("""
                SELECT o.id, o.name, o.kind FROM organization o LEFT JOIN reporting_line l ON l.organization_id = o.id
                WHERE o.parent_id IS NULL AND o.valid_from <= :on AND (o.valid_to IS NULL OR o.valid_to >= :on)
                  AND (l.organization_id IS NULL OR l.reports)
                ORDER BY o.name
                """).param("on", on).query(ReportCompiler::body).list());
    }

    /** Where a body's reports go: its line's recipient, else its parent; empty when it does not report. */
    java.util.Optional<Long> recipientOf(long organizationId, Long parentId) {
        var line = jdbc.sql("SELECT reports, recipient_id FROM reporting_line WHERE organization_id = :org")
                .param("org", organizationId).query((rs, row) -> {
                    long recipient = rs.getLong("recipient_id");
                    boolean toParent = rs.wasNull();
                    return rs.getBoolean("reports") ? java.util.Optional.of(toParent ? -1L : recipient)
                            : java.util.Optional.<Long>empty();
                }).optional();
        if (line.isEmpty()) {
            return java.util.Optional.ofNullable(parentId);
        }
        return line.get().map(recipient -> recipient == -1L ? parentId : recipient);
    }

    void setLine(long organizationId, boolean reports, Long recipientId, Long userId) {
        jdbc.sql("""
                INSERT INTO reporting_line (organization_id, reports, recipient_id, changed_by) VALUES (:org, :reports, :to, :by)
                ON CONFLICT (organization_id) DO UPDATE SET reports = :reports, recipient_id = :to, changed_by = :by,
                       changed_at = now()
                """).param("org", organizationId).param("reports", reports).param("to", recipientId).param("by", userId)
                .update();
    }
}
