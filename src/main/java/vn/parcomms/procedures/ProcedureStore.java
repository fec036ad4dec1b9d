package vn.parcomms.procedures;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.shared.ConcurrentEditException;
import vn.parcomms.procedures.ProcedureContent.DossierItem;
import vn.parcomms.procedures.ProcedureContent.Fee;
import vn.parcomms.procedures.ProcedureContent.LegalBasis;
import vn.parcomms.procedures.ProcedureContent.Level;
import vn.parcomms.procedures.ProcedureContent.Method;
import vn.parcomms.procedures.ProcedureContent.OnlineLevel;

/** Procedures, their decisions and history, in SQL; lists of the content are kept as JSON. */
@Repository
class ProcedureStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Procedure> byCode(String code) {
        return jdbc.sql("SELECT * FROM procedure WHERE code = :c").param("c", code).query(this::procedure).optional();
    }

    /** The procedures with these codes, by code: one query for a whole import. */
    Map<String, Procedure> byCodes(java.util.Collection<String> codes) {
        Map<String, Procedure> found = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT * FROM procedure WHERE code = ANY(:codes)").param("codes", codes.toArray(String[]::new))
                    .query(this::procedure).list().forEach(p -> found.put(p.code(), p));
        }
        return found;
    }

    /** Every procedure of every province, for the search index. */
    List<Procedure> all() {
        return jdbc.sql("SELECT * FROM procedure ORDER BY id").query(this::procedure).list();
    }

    List<Procedure> ofProvince(long provinceId) {
        return jdbc.sql("SELECT * FROM procedure WHERE organization_id = :o ORDER BY field, name").param("o", provinceId)
                .query(this::procedure).list();
    }

    long insert(long provinceId, ProcedureContent c, LocalDate validFrom) {
        return jdbc.sql("""
                INSERT INTO procedure (organization_id, code, name, field, levels, implementing_body, competent_body, subjects,
                    conditions, steps, methods, dossier, processing_time, fees, result, legal_bases, online_level, portal_url,
                    keywords, status, valid_from)
                VALUES (:o, :code, :name, :field, :levels, :implementing, :competent, :subjects, :conditions, CAST(:steps AS jsonb),
                    CAST(:methods AS jsonb), CAST(:dossier AS jsonb), :time, CAST(:fees AS jsonb), :result, CAST(:legal AS jsonb),
                    :online, :portal, :keywords, 'ACTIVE', :from)
                RETURNING id
                """).params(params(c)).param("o", provinceId).param("from", validFrom).query(Long.class).single();
    }

    /** Writes a procedure read at a version; another change written since refuses it (ConcurrentEditException). */
    void update(long id, ProcedureContent c, Procedure.Status status, LocalDate validFrom, LocalDate validTo,
            String replacedBy, int version) {
        int updated = jdbc.sql("""
                UPDATE procedure SET name = :name, field = :field, levels = :levels, implementing_body = :implementing,
                    competent_body = :competent, subjects = :subjects, conditions = :conditions, steps = CAST(:steps AS jsonb),
                    methods = CAST(:methods AS jsonb), dossier = CAST(:dossier AS jsonb), processing_time = :time,
                    fees = CAST(:fees AS jsonb), result = :result, legal_bases = CAST(:legal AS jsonb), online_level = :online,
                    portal_url = :portal, keywords = :keywords, status = :status, valid_from = :from, valid_to = :to,
                    replaced_by = :replacedBy, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).params(params(c)).param("status", status.name()).param("from", validFrom).param("to", validTo)
                .param("replacedBy", replacedBy).param("id", id).param("version", version).update();
        if (updated != 1) {
            throw new ConcurrentEditException("procedure " + c.code());
        }
    }

    void change(long procedureId, Long decisionId, ProcedureChange.Kind kind, LocalDate effectiveOn, ProcedureContent content,
            String note, Long userId) {
        jdbc.sql("""
                INSERT INTO procedure_change (procedure_id, decision_id, kind, effective_on, content, note, changed_by)
                VALUES (:p, :d, :k, :on, CAST(:content AS jsonb), :note, :by)
                """).param("p", procedureId).param("d", decisionId).param("k", kind.name()).param("on", effectiveOn)
                .param("content", json.writeValueAsString(content)).param("note", note).param("by", userId).update();
        jdbc.sql("UPDATE procedure_catalog_version SET version = version + 1 WHERE id = 1").update();
    }

    long catalogVersion() {
        return jdbc.sql("SELECT version FROM procedure_catalog_version WHERE id = 1").query(Long.class).single();
    }

    List<ProcedureChange> history(long procedureId) {
        return jdbc.sql("""
                SELECT c.*, d.number, d.signed_on, d.issuer FROM procedure_change c LEFT JOIN procedure_decision d ON d.id = c.decision_id
                WHERE c.procedure_id = :p ORDER BY c.id
                """).param("p", procedureId).query((rs, n) -> new ProcedureChange(rs.getLong("id"), rs.getLong("procedure_id"),
                ProcedureChange.Kind.valueOf(rs.getString("kind")), rs.getObject("effective_on", LocalDate.class),
                rs.getString("number"), rs.getObject("signed_on", LocalDate.class), rs.getString("issuer"), rs.getString("note"),
                rs.getTimestamp("changed_at").toInstant())).list();
    }

    /** How many procedures of a province were published, amended, replaced and abolished with effect in [from, to]. */
    /** Procedures changed with effect in a period, by kind of change; of one level only when a level is given. */
    Map<ProcedureChange.Kind, Long> counts(long provinceId, ProcedureContent.Level level, LocalDate from, LocalDate to) {
        Map<ProcedureChange.Kind, Long> counts = new java.util.EnumMap<>(ProcedureChange.Kind.class);
        for (ProcedureChange.Kind kind : ProcedureChange.Kind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.sql("""
                SELECT c.kind, count(DISTINCT c.procedure_id) AS n FROM procedure_change c JOIN procedure p ON p.id = c.procedure_id
                WHERE p.organization_id = :o AND c.effective_on BETWEEN :from AND :to
                  AND (CAST(:level AS text) IS NULL OR CAST(:level AS text) = ANY (p.levels))
                GROUP BY c.kind
                """).param("o", provinceId).param("level", level == null ? null : level.name()).param("from", from).param("to", to)
                .query((rs, n) -> counts.put(ProcedureChange.Kind.valueOf(rs.getString("kind")), rs.getLong("n"))).list();
        return counts;
    }

    long insertDecision(long provinceId, String number, LocalDate signedOn, LocalDate effectiveOn, String issuer, String title,
            Long userId) {
        return jdbc.sql("""
                INSERT INTO procedure_decision (organization_id, number, signed_on, effective_on, issuer, title, created_by)
                VALUES (:o, :n, :s, :e, :i, :t, :u) RETURNING id
                """).param("o", provinceId).param("n", number).param("s", signedOn).param("e", effectiveOn).param("i", issuer)
                .param("t", title).param("u", userId).query(Long.class).single();
    }

    Optional<ProcedureDecision> decision(long id) {
        return jdbc.sql("SELECT * FROM procedure_decision WHERE id = :id").param("id", id).query(ProcedureStore::decision).optional();
    }

    Optional<ProcedureDecision> decision(long provinceId, String number) {
        return jdbc.sql("SELECT * FROM procedure_decision WHERE organization_id = :o AND number = :n").param("o", provinceId)
                .param("n", number).query(ProcedureStore::decision).optional();
    }

    List<ProcedureDecision> decisions(long provinceId) {
        return jdbc.sql("SELECT * FROM procedure_decision WHERE organization_id = :o ORDER BY signed_on DESC, id DESC")
                .param("o", provinceId).query(ProcedureStore::decision).list();
    }

    private static ProcedureDecision decision(ResultSet rs, int n) throws SQLException {
        return new ProcedureDecision(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("number"),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class), rs.getString("issuer"),
                rs.getString("title"));
    }

    private Map<String, Object> params(ProcedureContent c) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", c.code());
        p.put("name", c.name());
        p.put("field", c.field());
        p.put("levels", c.levels().stream().map(Enum::name).toArray(String[]::new));
        p.put("implementing", c.implementingBody());
        p.put("competent", c.competentBody());
        p.put("subjects", c.subjects().toArray(String[]::new));
        p.put("conditions", c.conditions());
        p.put("steps", json.writeValueAsString(c.steps()));
        p.put("methods", json.writeValueAsString(c.methods()));
        p.put("dossier", json.writeValueAsString(c.dossier()));
        p.put("time", c.processingTime());
        p.put("fees", json.writeValueAsString(c.fees()));
        p.put("result", c.result());
        p.put("legal", json.writeValueAsString(c.legalBases()));
        p.put("online", c.onlineLevel().name());
        p.put("portal", c.portalUrl());
        p.put("keywords", c.keywords().toArray(String[]::new));
        return p;
    }

    private Procedure procedure(ResultSet rs, int n) throws SQLException {
        ProcedureContent content = new ProcedureContent(rs.getString("code"), rs.getString("name"), rs.getString("field"),
                strings(rs.getArray("levels")).stream().map(Level::valueOf).toList(), rs.getString("implementing_body"),
                rs.getString("competent_body"), strings(rs.getArray("subjects")), rs.getString("conditions"),
                json.readValue(rs.getString("steps"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("methods"), new TypeReference<List<Method>>() { }),
                json.readValue(rs.getString("dossier"), new TypeReference<List<DossierItem>>() { }), rs.getString("processing_time"),
                json.readValue(rs.getString("fees"), new TypeReference<List<Fee>>() { }), rs.getString("result"),
                json.readValue(rs.getString("legal_bases"), new TypeReference<List<LegalBasis>>() { }),
                OnlineLevel.valueOf(rs.getString("online_level")), rs.getString("portal_url"), strings(rs.getArray("keywords")));
        return new Procedure(rs.getLong("id"), rs.getLong("organization_id"), content,
                Procedure.Status.valueOf(rs.getString("status")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("replaced_by"), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
