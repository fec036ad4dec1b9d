package vn.parcomms.organizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the 34 provinces and 3,321 communes valid since the 1 July 2025 reform from the list
 * shipped in {@code organizations/vn-admin-units-2026-07-25.csv} (MIT, see the LICENSE beside it).
 * A later official list is applied by a new migration that closes and opens units, so history stays.
 */
@Component
class V2026_11_22_002__Load_administrative_units extends BaseJavaMigration {

    static final String RESOURCE = "organizations/vn-admin-units-2026-07-25.csv";
    static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        Map<String, Long> provinceIds = new HashMap<>();
        try (var reader = open();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO organization (code, name, short_name, name_en, kind, unit_type, parent_id, path, depth, valid_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, ?) RETURNING id
                        """)) {
            String header = reader.readLine();
            if (!"code,parent_code,kind,unit_type,name,short_name,name_en".equals(header)) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                insert.setString(1, f[0]);
                insert.setString(2, f[4]);
                insert.setString(3, f[5]);
                insert.setString(4, f[6]);
                insert.setString(5, f[2]);
                insert.setString(6, f[3]);
                if (f[1].isEmpty()) {
                    insert.setNull(7, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(7, provinceIds.get(f[1]));
                }
                insert.setObject(8, REFORM_DAY);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    if (f[1].isEmpty()) {
                        provinceIds.put(f[0], rs.getLong(1));
                    }
                }
            }
        }
    }

    private static BufferedReader open() throws IOException {
        return new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8));
    }
}
