package vn.parcomms.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static vn.parcomms.shared.JdbcRows.instant;
import static vn.parcomms.shared.JdbcRows.nullableLong;

/** The periodic_report and report_event tables. */
@Repository
class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT r.*, o.name AS organization_name, o.path AS organization_path,
                   rc.name AS recipient_name, rc.path AS recipient_path
            FROM periodic_report r JOIN organization o ON o.id = r.organization_id
            LEFT JOIN organization rc ON rc.id = r.recipient_id
            """;

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PeriodicReport> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(Reports::map).optional();
    }

    Optional<PeriodicReport> find(long organizationId, String periodKey) {
        return jdbc.sql(SELECT + " WHERE r.organization_id = :org AND r.period_key = :key")
                .param("org", organizationId).param("key", periodKey).query(Reports::map).optional();
    }

    /** Creates the draft unless it exists (two people opening it at once get the same report). */
    void createIfAbsent(long organizationId, Long recipientId, ReportingPeriod period, LocalDate due) {
        jdbc.sql("""
                INSERT INTO periodic_report (organization_id, recipient_id, period_type, period_key, data_from, data_to, due_date)
                VALUES (:org, :recipient, :type, :key, :from, :to, :due)
                ON CONFLICT (organization_id, period_key) DO NOTHING
                """).param("org", organizationId).param("recipient", recipientId).param("type", period.type().name())
                .param("key", period.key()).param("from", period.from()).param("to", period.to()).param("due", due)
                .update();
    }

    /** Reports of the given bodies for a period (the subordinates of a level). */
    List<PeriodicReport> ofBodies(List<Long> organizationIds, String periodKey) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE r.organization_id IN (:orgs) AND r.period_key = :key")
                .param("orgs", organizationIds).param("key", periodKey).query(Reports::map).list();
    }

    /** Reports visible under the given paths, newest period first. */
    List<PeriodicReport> list(List<String> paths, String periodKey, ReportStatus status, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        StringBuilder scope = new StringBuilder();
        var params = new java.util.HashMap<String, Object>();
        for (int i = 0; i < paths.size(); i++) {
            scope.append(i == 0 ? "" : " OR ").append("o.path LIKE :p").append(i).append(" || '%' OR rc.path LIKE :p")
                    .append(i).append(" || '%'");
            params.put("p" + i, paths.get(i));
        }
        params.put("key", periodKey);
        params.put("status", status == null ? null : status.name());
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE (" + scope + """
                ) AND (CAST(:key AS text) IS NULL OR r.period_key = CAST(:key AS text))
                  AND (CAST(:status AS text) IS NULL OR r.status = CAST(:status AS text))
                ORDER BY r.data_to DESC, o.name LIMIT :limit
                """).params(params).query(Reports::map).list();
    }

    boolean updateNarrative(long id, int version, String results, String shortcomings, String proposals) {
        return jdbc.sql("""
                UPDATE periodic_report SET results = :results, shortcomings = :shortcomings, proposals = :proposals,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """).param("results", results).param("shortcomings", shortcomings).param("proposals", proposals)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean submit(long id, int version, ReportFigures figures, Long userId) {
        return jdbc.sql("""
                UPDATE periodic_report SET status = 'SUBMITTED', figures = CAST(:figures AS jsonb), figures_at = now(),
                       submitted_at = now(), submitted_by = :by, review_comment = NULL, version = version + 1,
                       updated_at = now()
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """).param("figures", JSON.writeValueAsString(figures)).param("by", userId).param("id", id)
                .param("version", version).update() == 1;
    }

    boolean decide(long id, int version, ReportStatus from, ReportStatus to, String comment, Long userId) {
        return jdbc.sql("""
                UPDATE periodic_report SET status = :to, review_comment = :comment, decided_at = now(), decided_by = :by,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status = :from
                """).param("to", to.name()).param("comment", comment).param("by", userId).param("id", id)
                .param("version", version).param("from", from.name()).update() == 1;
    }

    void event(long reportId, String kind, Long actorId, String actorName, String details) {
        jdbc.sql("INSERT INTO report_event (report_id, kind, actor_id, actor_name, details) VALUES (:r, :k, :a, :n, :d)")
                .param("r", reportId).param("k", kind).param("a", actorId).param("n", actorName).param("d", details)
                .update();
    }

    List<ReportEvent> events(long reportId) {
        return jdbc.sql("SELECT kind, actor_name, details, at FROM report_event WHERE report_id = :r ORDER BY at, id")
                .param("r", reportId).query((rs, row) -> new ReportEvent(rs.getString("kind"), rs.getString("actor_name"),
                        rs.getString("details"), rs.getTimestamp("at").toInstant())).list();
    }

    private static PeriodicReport map(ResultSet rs, int row) throws SQLException {
        String figures = rs.getString("figures");
        return new PeriodicReport(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_path"), nullableLong(rs, "recipient_id"), rs.getString("recipient_name"),
                rs.getString("recipient_path"), PeriodType.valueOf(rs.getString("period_type")), rs.getString("period_key"),
                rs.getObject("data_from", LocalDate.class), rs.getObject("data_to", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("results"), rs.getString("shortcomings"), rs.getString("proposals"),
                figures == null ? null : JSON.readValue(figures, ReportFigures.class), instant(rs, "figures_at"),
                rs.getString("review_comment"), instant(rs, "submitted_at"), nullableLong(rs, "submitted_by"),
                nullableLong(rs, "decided_by"), rs.getInt("version"));
    }

    void attach(long reportId, vn.parcomms.shared.files.FileStore.StoredFile file, Long userId) {
        jdbc.sql("""
                INSERT INTO report_attachment (report_id, storage_key, original_name, media_type, size_bytes, sha256, uploaded_by)
                VALUES (:r, :key, :name, :type, :size, :sha, :by)
                """).param("r", reportId).param("key", file.key()).param("name", file.originalName())
                .param("type", file.mediaType()).param("size", file.size()).param("sha", file.sha256()).param("by", userId)
                .update();
    }

    List<ReportAttachment> attachments(long reportId) {
        return jdbc.sql("SELECT * FROM report_attachment WHERE report_id = :r AND removed_at IS NULL ORDER BY id")
                .param("r", reportId).query((rs, row) -> attachment(rs)).list();
    }

    /** The attachment and where it lies. */
    Optional<java.util.Map.Entry<ReportAttachment, String>> attachment(long reportId, long attachmentId) {
        return jdbc.sql("SELECT * FROM report_attachment WHERE id = :id AND report_id = :r AND removed_at IS NULL")
                .param("id", attachmentId).param("r", reportId)
                .query((rs, row) -> java.util.Map.entry(attachment(rs), rs.getString("storage_key"))).optional();
    }

    boolean detach(long reportId, long attachmentId) {
        return jdbc.sql("UPDATE report_attachment SET removed_at = now() WHERE id = :id AND report_id = :r AND removed_at IS NULL")
                .param("id", attachmentId).param("r", reportId).update() == 1;
    }

    private static ReportAttachment attachment(ResultSet rs) throws SQLException {
        return new ReportAttachment(rs.getLong("id"), rs.getLong("report_id"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "created_at"));
    }
}
