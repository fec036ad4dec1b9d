package vn.parcomms.activities;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.parcomms.shared.JdbcRows.instant;
import static vn.parcomms.shared.JdbcRows.nullableLong;

/** The activity_import table, and the batch insert of imported activities. */
@Repository
class ActivityImports {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ActivityImports(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * A row of a file to insert.
     *
     * @param activity the validated activity
     * @param key fingerprint of the row
     */
    record ImportedRow(RecordActivity activity, String key) {
    }

    /**
     * An activity already imported with the same fingerprint.
     *
     * @param activityId the activity
     * @param importedAt when its file was imported
     */
    record Prior(long activityId, Instant importedAt) {
    }

    Optional<SpreadsheetImport> find(long organizationId, String sha256) {
        return jdbc.sql("SELECT * FROM activity_import WHERE organization_id = :org AND sha256 = :sha")
                .param("org", organizationId).param("sha", sha256).query(ActivityImports::map).optional();
    }

    Optional<SpreadsheetImport> findById(long id) {
        return jdbc.sql("SELECT * FROM activity_import WHERE id = :id").param("id", id).query(ActivityImports::map).optional();
    }

    /**
     * Records a file as imported; empty when the same file was imported for the body meanwhile (the
     * unique key waits for a concurrent import of the same file and then skips).
     */
    Optional<Long> claim(long organizationId, String sha256, String filename, int rows, Long userId, String userName) {
        return jdbc.sql("""
                INSERT INTO activity_import (organization_id, sha256, filename, row_count, imported_by, imported_by_name)
                VALUES (:org, :sha, :filename, :rows, :by, :name)
                ON CONFLICT (organization_id, sha256) DO NOTHING
                RETURNING id
                """).param("org", organizationId).param("sha", sha256).param("filename", filename).param("rows", rows)
                .param("by", userId).param("name", userName).query(Long.class).optional();
    }

    /** Activities of the body imported earlier with one of these fingerprints. */
    Map<String, Prior> priors(long organizationId, Collection<String> keys) {
        Map<String, Prior> priors = new HashMap<>();
        if (keys.isEmpty()) {
            return priors;
        }
        jdbc.sql("""
                SELECT a.import_key, a.id, i.created_at FROM activity a JOIN activity_import i ON i.id = a.import_id
                WHERE a.organization_id = :org AND a.import_key = ANY (:keys)
                """).param("org", organizationId).param("keys", keys.toArray(String[]::new))
                .query((rs, row) -> priors.putIfAbsent(rs.getString("import_key"),
                        new Prior(rs.getLong("id"), instant(rs, "created_at")))).list();
        return priors;
    }

    /** Inserts the rows in batches, all RECORDED by the importing user. */
    void insertAll(long importId, Long userId, List<ImportedRow> rows) {
        template.batchUpdate("""
                INSERT INTO activity (organization_id, occurrence_id, start_date, end_date, channel_code, deliverable_code,
                       title, description, links, views, listeners, participants, copies, broadcasts, duration_minutes,
                       topics, audiences, recorded_by, import_id, import_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, BATCH, (ps, row) -> bind(ps, row, importId, userId));
        // The tallies progress reads (see Activities.refreshTally), recounted once for the whole file.
        jdbc.sql("SELECT activity_tally_refresh(ARRAY(SELECT DISTINCT occurrence_id FROM activity WHERE import_id = :import))")
                .param("import", importId).query(rs -> { });
    }

    /** One IMPORTED audit event per activity of the import. */
    int recordEvents(long importId, Long actorId, String actorName, String details) {
        return jdbc.sql("""
                INSERT INTO activity_event (activity_id, kind, actor_id, actor_name, details)
                SELECT id, 'IMPORTED', :actor, :name, :details FROM activity WHERE import_id = :import ORDER BY id
                """).param("actor", actorId).param("name", actorName).param("details", details).param("import", importId)
                .update();
    }

    private static void bind(PreparedStatement ps, ImportedRow row, long importId, Long userId) throws SQLException {
        RecordActivity a = row.activity();
        var reach = a.reach();
        ps.setLong(1, a.organizationId());
        setLong(ps, 2, a.occurrenceId());
        ps.setObject(3, a.startDate());
        ps.setObject(4, a.endDate());
        ps.setString(5, a.channel());
        ps.setString(6, a.deliverable());
        ps.setString(7, a.title());
        ps.setString(8, a.description());
        ps.setArray(9, texts(ps, a.links()));
        setLong(ps, 10, reach.views());
        setLong(ps, 11, reach.listeners());
        setLong(ps, 12, reach.participants());
        setLong(ps, 13, reach.copies());
        setLong(ps, 14, reach.broadcasts() == null ? null : reach.broadcasts().longValue());
        setLong(ps, 15, reach.durationMinutes() == null ? null : reach.durationMinutes().longValue());
        ps.setArray(16, texts(ps, a.topics()));
        ps.setArray(17, texts(ps, a.audiences()));
        setLong(ps, 18, userId);
        ps.setLong(19, importId);
        ps.setString(20, row.key());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Array texts(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    private static SpreadsheetImport map(ResultSet rs, int row) throws SQLException {
        return new SpreadsheetImport(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("filename"),
                rs.getInt("row_count"), nullableLong(rs, "imported_by"), rs.getString("imported_by_name"),
                instant(rs, "created_at"), false);
    }
}
