package vn.parcomms.plans;

import static vn.parcomms.shared.JdbcRows.date;
import static vn.parcomms.shared.JdbcRows.instant;
import static vn.parcomms.shared.JdbcRows.longArray;
import static vn.parcomms.shared.JdbcRows.longs;
import static vn.parcomms.shared.JdbcRows.nullableLong;
import static vn.parcomms.shared.JdbcRows.strings;
import static vn.parcomms.shared.JdbcRows.textArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan table. */
@Repository
class Plans {

    private static final String SELECT = """
            SELECT p.*, o.name AS issuer_name, o.path AS issuer_path, pp.document_number AS parent_number
            FROM plan p JOIN organization o ON o.id = p.issuer_id LEFT JOIN plan pp ON pp.id = p.parent_plan_id
            """;

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> findById(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(Plans::map).optional();
    }

    /** Plans whose issuer lies under one of the paths (or exactly at it), newest first. */
    List<Plan> list(List<String> subtreePaths, Integer year, Long issuerId, PlanStatus status, int limit) {
        var where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" AND p.year = :year");
            params.put("year", year);
        }
        if (issuerId != null) {
            where.append(" AND p.issuer_id = :issuer");
            params.put("issuer", issuerId);
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        // Drafts are visible only inside the scopes that may see them; issued plans are public documents.
        var scope = new StringBuilder("p.status <> 'DRAFT'");
        for (int i = 0; i < subtreePaths.size(); i++) {
            scope.append(" OR o.path LIKE :path").append(i).append(" || '%'");
            params.put("path" + i, subtreePaths.get(i));
        }
        where.append(" AND (").append(scope).append(")");
        params.put("limit", limit);
        return jdbc.sql(SELECT + where + " ORDER BY p.year DESC, p.issue_date DESC NULLS FIRST, p.id DESC LIMIT :limit")
                .params(params).query(Plans::map).list();
    }

    boolean numberTaken(long issuerId, int year, String number, Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM plan WHERE issuer_id = :issuer AND year = :year
                  AND upper(document_number) = upper(:number) AND id <> coalesce(CAST(:except AS bigint), -1)
                """).param("issuer", issuerId).param("year", year).param("number", number).param("except", exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(PlanDraft d, Long createdBy) {
        return jdbc.sql("""
                INSERT INTO plan (issuer_id, year, title, created_by) VALUES (:issuer, :year, :title, :by) RETURNING id
                """).param("issuer", d.issuerId()).param("year", d.year()).param("title", d.title()).param("by", createdBy)
                .query(Long.class).single();
    }

    /** Writes every editable field; false when the version no longer matches. */
    boolean update(long id, int expectedVersion, PlanDraft d, List<String> legalBases, List<String> recipients) {
        return jdbc.sql("""
                UPDATE plan SET year = :year, document_number = :number, title = :title, issue_date = :issueDate,
                       place = :place, signer_name = :signerName, signer_title = :signerTitle,
                       signing_authority = :authority, legal_bases = :legalBases, parent_plan_id = :parentPlan,
                       parent_ref_number = :refNumber, parent_ref_date = :refDate, parent_ref_issuer = :refIssuer,
                       purposes = :purposes, requirements = :requirements, content = :content, budget = :budget,
                       implementation = :implementation, audiences = :audiences, topics = :topics, channels = :channels,
                       recipients = :recipients,
                       obligation_scope = CASE WHEN CAST(:group AS text) IS NOT NULL THEN CAST(:group AS text)
                                               WHEN cardinality(CAST(:named AS bigint[])) > 0 THEN 'NAMED' END,
                       obligation_named = :named, obligation_due = :due,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """)
                .param("year", d.year()).param("number", d.documentNumber()).param("title", d.title())
                .param("issueDate", d.issueDate()).param("place", d.place()).param("signerName", d.signerName())
                .param("signerTitle", d.signerTitle()).param("authority", d.signingAuthority())
                .param("legalBases", textArray(legalBases)).param("parentPlan", d.parentPlanId())
                .param("refNumber", d.parentRefNumber()).param("refDate", d.parentRefDate())
                .param("refIssuer", d.parentRefIssuer()).param("purposes", d.purposes())
                .param("requirements", d.requirements()).param("content", d.content()).param("budget", d.budget())
                .param("implementation", d.implementation()).param("audiences", textArray(d.audienceList()))
                .param("topics", textArray(d.topicList())).param("channels", textArray(d.channelList()))
                .param("recipients", textArray(recipients))
                .param("group", d.obligationGroup() == null ? null : d.obligationGroup().name())
                .param("named", longArray(d.namedList())).param("due", d.obligationDue())
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    boolean markIssued(long id, int expectedVersion) {
        return jdbc.sql("""
                UPDATE plan SET status = 'ISSUED', revision = 1, issued_at = now(), version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status = 'DRAFT'
                """).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void nextRevision(long id) {
        jdbc.sql("UPDATE plan SET revision = revision + 1, version = version + 1, updated_at = now() WHERE id = :id")
                .param("id", id).update();
    }

    boolean markClosed(long id, int expectedVersion) {
        return jdbc.sql("""
                UPDATE plan SET status = 'CLOSED', version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version AND status = 'ISSUED'
                """).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** Bumps the version when the task table changes, so the plan's own editors notice. */
    void touch(long id) {
        jdbc.sql("UPDATE plan SET version = version + 1, updated_at = now() WHERE id = :id").param("id", id).update();
    }

    static Plan map(ResultSet rs, int row) throws SQLException {
        String scope = rs.getString("obligation_scope");
        Plan.ObligationRule obligation = scope == null ? null : new Plan.ObligationRule(
                "NAMED".equals(scope) ? null : BodyGroup.valueOf(scope), longs(rs, "obligation_named"),
                date(rs, "obligation_due"));
        String refNumber = rs.getString("parent_ref_number");
        Plan.ExternalReference reference = refNumber == null ? null
                : new Plan.ExternalReference(refNumber, date(rs, "parent_ref_date"), rs.getString("parent_ref_issuer"));
        return new Plan(rs.getLong("id"), rs.getLong("issuer_id"), rs.getString("issuer_name"), rs.getString("issuer_path"),
                rs.getInt("year"), rs.getString("document_number"), rs.getString("title"), date(rs, "issue_date"),
                rs.getString("place"), rs.getString("signer_name"), rs.getString("signer_title"),
                rs.getString("signing_authority"), strings(rs, "legal_bases"), nullableLong(rs, "parent_plan_id"),
                rs.getString("parent_number"), reference, rs.getString("purposes"), rs.getString("requirements"),
                rs.getString("content"), rs.getString("budget"), rs.getString("implementation"),
                strings(rs, "audiences"), strings(rs, "topics"), strings(rs, "channels"), strings(rs, "recipients"),
                obligation, PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getInt("version"),
                instant(rs, "issued_at"));
    }
}
