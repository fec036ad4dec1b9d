package vn.parcomms.plans;

import vn.parcomms.shared.JdbcRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Occurrences, obligations, revisions and notifications: the rows a plan produces. */
@Repository
class PlanRecords {

    private static final String OBLIGATION_SELECT = """
            SELECT ob.id, ob.plan_id, p.document_number AS plan_number, p.title AS plan_title, i.name AS issuer_name,
                   ob.organization_id, o.name AS organization_name, o.path AS organization_path, ob.due_date,
                   ob.sub_plan_id, sp.document_number AS sub_number, sp.issue_date AS sub_issue_date, sp.status AS sub_status
            FROM plan_obligation ob JOIN plan p ON p.id = ob.plan_id JOIN organization i ON i.id = p.issuer_id
            JOIN organization o ON o.id = ob.organization_id LEFT JOIN plan sp ON sp.id = ob.sub_plan_id
            """;

    private final JdbcClient jdbc;

    PlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- occurrences

    void replaceOccurrences(long planId, long taskId, List<Occurrence> occurrences) {
        jdbc.sql("DELETE FROM task_occurrence WHERE task_id = :task").param("task", taskId).update();
        // One statement per task, however many periods: a monthly task has twelve.
        jdbc.sql("""
                INSERT INTO task_occurrence (task_id, plan_id, period_key, start_date, due_date)
                SELECT :task, :plan, k, CAST(s AS date), CAST(d AS date)
                FROM unnest(CAST(:keys AS text[]), CAST(:starts AS text[]), CAST(:dues AS text[])) AS x(k, s, d)
                """).param("task", taskId).param("plan", planId)
                .param("keys", occurrences.stream().map(Occurrence::periodKey).toArray(String[]::new))
                .param("starts", occurrences.stream().map(o -> o.start().toString()).toArray(String[]::new))
                .param("dues", occurrences.stream().map(o -> o.due().toString()).toArray(String[]::new))
                .update();
    }

    Map<Long, List<Occurrence>> occurrencesOf(long planId) {
        Map<Long, List<Occurrence>> byTask = new HashMap<>();
        jdbc.sql("SELECT task_id, period_key, start_date, due_date FROM task_occurrence WHERE plan_id = :plan ORDER BY due_date")
                .param("plan", planId).query((rs, row) -> {
                    byTask.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(new Occurrence(
                            rs.getString("period_key"), JdbcRows.date(rs, "start_date"), JdbcRows.date(rs, "due_date")));
                    return null;
                }).list();
        return byTask;
    }

    Optional<OccurrenceRef> occurrence(long id) {
        return jdbc.sql("""
                SELECT oc.id, oc.period_key, oc.due_date, t.id AS task_id, t.title, p.id AS plan_id, p.year, p.issuer_id,
                       t.lead_id, t.coordinator_ids, t.coordinator_group
                FROM task_occurrence oc JOIN plan_task t ON t.id = oc.task_id JOIN plan p ON p.id = oc.plan_id
                WHERE oc.id = :id AND p.status <> 'DRAFT'
                """).param("id", id).query((rs, row) -> {
                    String group = rs.getString("coordinator_group");
                    return new OccurrenceRef(rs.getLong("id"), rs.getString("period_key"), JdbcRows.date(rs, "due_date"),
                            rs.getLong("task_id"), rs.getString("title"), rs.getLong("plan_id"), rs.getInt("year"),
                            rs.getLong("issuer_id"), JdbcRows.nullableLong(rs, "lead_id"), JdbcRows.longs(rs, "coordinator_ids"),
                            group == null ? null : BodyGroup.valueOf(group));
                }).optional();
    }

    Map<Long, Integer> occurrenceCounts(long planId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT task_id, count(*) AS n FROM task_occurrence WHERE plan_id = :plan GROUP BY task_id")
                .param("plan", planId).query((rs, row) -> counts.put(rs.getLong("task_id"), rs.getInt("n"))).list();
        return counts;
    }

    /**
     * The occurrences an organization leads or supports in issued plans: as lead, as a named
     * coordinator, or as a member of a coordinating group of the issuer (e.g. all communes).
     */
    List<InboxItem> inbox(long organizationId, Boolean leads, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT oc.id, oc.period_key, oc.start_date, oc.due_date, t.id AS task_id, t.number, t.title,
                         l.name AS lead_name, coalesce(t.lead_id = :org, false) AS leads, p.id AS plan_id,
                         p.document_number, p.title AS plan_title, i.name AS issuer_name, t.position
                  FROM task_occurrence oc
                  JOIN plan_task t ON t.id = oc.task_id
                  JOIN plan p ON p.id = oc.plan_id AND p.status = 'ISSUED'
                  JOIN organization i ON i.id = p.issuer_id
                  LEFT JOIN organization l ON l.id = t.lead_id
                  WHERE (t.lead_id = :org OR :org = ANY (t.coordinator_ids)
                         OR (t.coordinator_group IS NOT NULL AND EXISTS (
                               SELECT 1 FROM organization me WHERE me.id = :org AND me.parent_id = p.issuer_id
                                 AND (t.coordinator_group = 'ALL_CHILD_BODIES'
                                      OR (t.coordinator_group = 'ALL_COMMUNES' AND me.kind = 'COMMUNE')
                                      OR (t.coordinator_group = 'ALL_DEPARTMENTS' AND me.kind NOT IN ('PROVINCE', 'COMMUNE'))))))
                    AND oc.due_date >= coalesce(CAST(:from AS date), oc.due_date)
                    AND oc.due_date <= coalesce(CAST(:to AS date), oc.due_date)
                ) x
                WHERE CAST(:leads AS boolean) IS NULL OR x.leads = CAST(:leads AS boolean)
                ORDER BY x.due_date, x.plan_id, x.position
                LIMIT :limit
                """).param("org", organizationId).param("from", from).param("to", to).param("leads", leads)
                .param("limit", limit)
                .query((rs, row) -> new InboxItem(rs.getLong("id"), rs.getString("period_key"),
                        JdbcRows.date(rs, "start_date"), JdbcRows.date(rs, "due_date"), rs.getLong("task_id"),
                        rs.getString("number"), rs.getString("title"), rs.getString("lead_name"), rs.getBoolean("leads"),
                        rs.getLong("plan_id"), rs.getString("document_number"), rs.getString("plan_title"),
                        rs.getString("issuer_name"))).list();
    }

    // --- obligations

    void createObligations(long planId, List<Long> organizationIds, LocalDate due) {
        jdbc.sql("""
                INSERT INTO plan_obligation (plan_id, organization_id, due_date)
                SELECT :plan, org, :due FROM unnest(CAST(:orgs AS bigint[])) AS org
                ON CONFLICT (plan_id, organization_id) DO UPDATE SET due_date = excluded.due_date
                """).param("plan", planId).param("orgs", organizationIds.toArray(Long[]::new)).param("due", due).update();
    }

    List<Obligation> obligationsOfPlan(long planId, LocalDate today) {
        return jdbc.sql(OBLIGATION_SELECT + """
                 WHERE ob.plan_id = :plan
                 ORDER BY CASE o.kind WHEN 'COMMUNE' THEN 1 ELSE 0 END, parcomms_fold(o.name), ob.id
                """).param("plan", planId).query((rs, row) -> obligation(rs, today)).list();
    }

    List<Obligation> obligationsOf(long organizationId, LocalDate today) {
        return jdbc.sql(OBLIGATION_SELECT + " WHERE ob.organization_id = :org ORDER BY ob.due_date DESC, ob.id DESC")
                .param("org", organizationId).query((rs, row) -> obligation(rs, today)).list();
    }

    Optional<Obligation> obligation(long id, LocalDate today) {
        return jdbc.sql(OBLIGATION_SELECT + " WHERE ob.id = :id").param("id", id)
                .query((rs, row) -> obligation(rs, today)).optional();
    }

    Optional<Long> obligationIdFor(long planId, long organizationId) {
        return jdbc.sql("SELECT id FROM plan_obligation WHERE plan_id = :plan AND organization_id = :org")
                .param("plan", planId).param("org", organizationId).query(Long.class).optional();
    }

    /** Links the body's plan; false when another plan was linked first. */
    boolean linkSubPlan(long obligationId, long subPlanId) {
        return jdbc.sql("UPDATE plan_obligation SET sub_plan_id = :sub WHERE id = :id AND sub_plan_id IS NULL")
                .param("sub", subPlanId).param("id", obligationId).update() == 1;
    }

    private static Obligation obligation(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate due = JdbcRows.date(rs, "due_date");
        LocalDate subIssue = JdbcRows.date(rs, "sub_issue_date");
        return new Obligation(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_number"),
                rs.getString("plan_title"), rs.getString("issuer_name"), rs.getLong("organization_id"),
                rs.getString("organization_name"), rs.getString("organization_path"), due,
                JdbcRows.nullableLong(rs, "sub_plan_id"), rs.getString("sub_number"), subIssue,
                Obligation.State.of(rs.getString("sub_status"), subIssue, due, today));
    }

    // --- revisions

    void insertRevision(long planId, int revision, String kind, AmendmentNote note, Long userId, String userName,
            String snapshotJson) {
        jdbc.sql("""
                INSERT INTO plan_revision (plan_id, revision, kind, amending_number, amending_date, reason, changed_by,
                       changed_by_name, snapshot)
                VALUES (:plan, :revision, :kind, :number, :date, :reason, :by, :byName, CAST(:snapshot AS jsonb))
                """).param("plan", planId).param("revision", revision).param("kind", kind)
                .param("number", note == null ? null : note.amendingNumber())
                .param("date", note == null ? null : note.amendingDate())
                .param("reason", note == null ? null : note.reason()).param("by", userId).param("byName", userName)
                .param("snapshot", snapshotJson).update();
    }

    List<PlanRevision> revisions(long planId) {
        return jdbc.sql("""
                SELECT revision, kind, amending_number, amending_date, reason, changed_by_name, changed_at
                FROM plan_revision WHERE plan_id = :plan ORDER BY revision
                """).param("plan", planId).query((rs, row) -> new PlanRevision(rs.getInt("revision"), rs.getString("kind"),
                rs.getString("amending_number"), JdbcRows.date(rs, "amending_date"), rs.getString("reason"),
                rs.getString("changed_by_name"), JdbcRows.instant(rs, "changed_at"))).list();
    }

    Optional<String> snapshot(long planId, int revision) {
        return jdbc.sql("SELECT CAST(snapshot AS text) FROM plan_revision WHERE plan_id = :plan AND revision = :revision")
                .param("plan", planId).param("revision", revision).query(String.class).optional();
    }

    // --- notifications

    void notify(List<Long> organizationIds, long planId, String message) {
        jdbc.sql("""
                INSERT INTO plan_notification (organization_id, plan_id, message)
                SELECT org, :plan, :message FROM unnest(CAST(:orgs AS bigint[])) AS org
                """).param("orgs", organizationIds.toArray(Long[]::new)).param("plan", planId).param("message", message)
                .update();
    }

    List<PlanNotification> notifications(long organizationId, int limit) {
        return jdbc.sql("""
                SELECT plan_id, message, created_at FROM plan_notification WHERE organization_id = :org
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """).param("org", organizationId).param("limit", limit).query((rs, row) -> new PlanNotification(
                rs.getLong("plan_id"), rs.getString("message"), JdbcRows.instant(rs, "created_at"))).list();
    }
}
