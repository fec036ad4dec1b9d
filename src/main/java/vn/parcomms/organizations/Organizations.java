package vn.parcomms.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table. */
@Repository
class Organizations {

    private static final String SELECT = """
            SELECT o.id, o.code, o.name, o.short_name, o.name_en, o.kind, o.unit_type, o.parent_id,
                   p.name AS parent_name, o.path, o.depth, o.valid_from, o.valid_to, o.version,
                   (SELECT count(*) FROM organization c WHERE c.parent_id = o.id
                       AND c.valid_from <= :day AND (c.valid_to IS NULL OR c.valid_to > :day)) AS child_count
            FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
            """;

    private static final String VALID_ON = " o.valid_from <= :day AND (o.valid_to IS NULL OR o.valid_to > :day) ";

    private static final RowMapper<Organization> MAPPER = Organizations::map;

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> findById(long id, LocalDate day) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).param("day", day).query(MAPPER).optional();
    }

    Optional<Organization> findCurrentByCode(String code, LocalDate day) {
        return jdbc.sql(SELECT + " WHERE upper(o.code) = upper(:code) AND o.valid_to IS NULL")
                .param("code", code).param("day", day).query(MAPPER).optional();
    }

    boolean codeInUse(String code) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE upper(code) = upper(:code) AND valid_to IS NULL")
                .param("code", code).query(Long.class).single() > 0;
    }

    List<Organization> ancestorsOf(Organization organization, LocalDate day) {
        List<Long> ids = new ArrayList<>();
        for (String part : organization.path().split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != organization.id()) {
                ids.add(Long.parseLong(part));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.id IN (:ids) ORDER BY o.depth").param("ids", ids).param("day", day)
                .query(MAPPER).list();
    }

    /**
     * Organizations containing every word of the text (ignoring case and diacritics), exact names
     * first; with {@code fuzzy}, those whose words are similar instead (trigram word similarity),
     * for typing mistakes.
     */
    OrganizationPage search(OrganizationQuery query, boolean fuzzy) {
        StringBuilder where = new StringBuilder(" WHERE " + VALID_ON);
        var params = new java.util.HashMap<String, Object>();
        params.put("day", query.validOn());
        if (query.parentId() != null) {
            where.append(" AND o.parent_id = :parent");
            params.put("parent", query.parentId());
        }
        if (query.code() != null) {
            where.append(" AND upper(o.code) = upper(:code)");
            params.put("code", query.code());
        }
        if (query.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", query.kind().name());
        }
        String order = " ORDER BY CASE WHEN o.kind IN ('PROVINCE', 'COMMUNE') THEN 1 ELSE 0 END, parcomms_fold(o.name), o.id";
        if (query.text() != null) {
            where.append(fuzzy
                    ? " AND parcomms_fold(:q) <% o.search_text"
                    : """
                     AND (SELECT bool_and(strpos(o.search_text, w) > 0)
                          FROM unnest(string_to_array(parcomms_fold(:q), ' ')) AS w)
                    """);
            params.put("q", query.text());
            order = """
                     ORDER BY (parcomms_fold(o.name) = parcomms_fold(:q)
                                  OR parcomms_fold(coalesce(o.short_name, '')) = parcomms_fold(:q)) DESC,
                              (SELECT bool_and(strpos(o.search_text, w) > 0)
                               FROM unnest(string_to_array(parcomms_fold(:q), ' ')) AS w) DESC,
                              word_similarity(parcomms_fold(:q), o.search_text) DESC, o.depth, parcomms_fold(o.name), o.id
                    """;
        }
        long total = jdbc.sql("SELECT count(*) FROM organization o" + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<Organization> items = jdbc.sql(SELECT + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(MAPPER).list();
        return new OrganizationPage(items, total, query.page(), query.size());
    }

    long insert(CreateOrganization command, String unitType, String name, String shortName, String nameEn) {
        return jdbc.sql("""
                INSERT INTO organization (code, name, short_name, name_en, kind, unit_type, parent_id, path, depth, valid_from)
                VALUES (:code, :name, :shortName, :nameEn, :kind, :unitType, :parent, '', 0, :validFrom)
                RETURNING id
                """)
                .param("code", command.code()).param("name", name).param("shortName", shortName)
                .param("nameEn", nameEn).param("kind", command.kind().name()).param("unitType", unitType)
                .param("parent", command.parentId()).param("validFrom", command.validFrom())
                .query(Long.class).single();
    }

    /** Returns false when the version no longer matches: someone else saved first. */
    boolean update(long id, UpdateOrganization command, String name, String shortName, String nameEn) {
        return jdbc.sql("""
                UPDATE organization SET name = :name, short_name = :shortName, name_en = :nameEn, kind = :kind,
                       valid_from = :validFrom, valid_to = :validTo, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """)
                .param("name", name).param("shortName", shortName).param("nameEn", nameEn)
                .param("kind", command.kind().name()).param("validFrom", command.validFrom())
                .param("validTo", command.validTo()).param("id", id).param("version", command.version())
                .update() == 1;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Organization(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("name_en"), OrganizationKind.valueOf(rs.getString("kind")), rs.getString("unit_type"),
                parentId, rs.getString("parent_name"), rs.getString("path"), rs.getInt("depth"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getInt("child_count"), rs.getInt("version"));
    }
}
