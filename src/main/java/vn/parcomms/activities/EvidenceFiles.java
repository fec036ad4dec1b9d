package vn.parcomms.activities;

import vn.parcomms.shared.files.FileStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.parcomms.shared.JdbcRows.instant;

/** The evidence_file table. */
@Repository
class EvidenceFiles {

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long activityId, FileStore.StoredFile file, Long userId) {
        jdbc.sql("""
                INSERT INTO evidence_file (activity_id, storage_key, original_name, media_type, size_bytes, sha256,
                       thumbnail_key, uploaded_by)
                VALUES (:a, :key, :name, :type, :size, :sha, :thumb, :by)
                """).param("a", activityId).param("key", file.key()).param("name", file.originalName())
                .param("type", file.mediaType()).param("size", file.size()).param("sha", file.sha256())
                .param("thumb", file.thumbnailKey()).param("by", userId).update();
    }

    /** A correction after acceptance keeps the evidence of the accepted version (the same stored files). */
    void copy(long fromActivity, long toActivity) {
        jdbc.sql("""
                INSERT INTO evidence_file (activity_id, storage_key, original_name, media_type, size_bytes, sha256,
                       thumbnail_key, uploaded_by, created_at)
                SELECT :to, storage_key || '#' || :to, original_name, media_type, size_bytes, sha256, thumbnail_key,
                       uploaded_by, created_at
                FROM evidence_file WHERE activity_id = :from AND removed_at IS NULL
                """).param("from", fromActivity).param("to", toActivity).update();
    }

    List<EvidenceFile> of(long activityId) {
        return jdbc.sql("SELECT * FROM evidence_file WHERE activity_id = :a AND removed_at IS NULL ORDER BY id")
                .param("a", activityId).query(EvidenceFiles::map).list();
    }

    int count(long activityId) {
        return jdbc.sql("SELECT count(*) FROM evidence_file WHERE activity_id = :a AND removed_at IS NULL")
                .param("a", activityId).query(Integer.class).single();
    }

    /** Where a file of an activity lies: its key and its thumbnail's. */
    Optional<Stored> stored(long activityId, long fileId) {
        return jdbc.sql("""
                SELECT id, activity_id, original_name, media_type, size_bytes, sha256, thumbnail_key, created_at,
                       split_part(storage_key, '#', 1) AS storage_key
                FROM evidence_file WHERE id = :id AND activity_id = :a AND removed_at IS NULL
                """).param("id", fileId).param("a", activityId)
                .query((rs, row) -> new Stored(map(rs, row), rs.getString("storage_key"), rs.getString("thumbnail_key")))
                .optional();
    }

    boolean remove(long activityId, long fileId) {
        return jdbc.sql("UPDATE evidence_file SET removed_at = now() WHERE id = :id AND activity_id = :a AND removed_at IS NULL")
                .param("id", fileId).param("a", activityId).update() == 1;
    }

    record Stored(EvidenceFile file, String key, String thumbnailKey) {
    }

    private static EvidenceFile map(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("thumbnail_key") != null, instant(rs, "created_at"));
    }
}
