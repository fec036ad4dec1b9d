package vn.parcomms.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.procedures.ProcedureCatalog;
import vn.parcomms.procedures.ProcedureContent;

/**
 * Lâm Đồng's catalog of common commune-level procedures (civil status, certification, land, social
 * protection, household businesses…), published by one decision, from {@code procedures/demo-procedures.json}
 * (sources in {@code procedures/SOURCES.md}).
 */
@Component
class DemoProcedures {

    static final String RESOURCE = "procedures/demo-procedures.json";

    private final ProcedureCatalog catalog;
    private final OrganizationDirectory organizations;
    private final JsonMapper json;

    DemoProcedures(ProcedureCatalog catalog, OrganizationDirectory organizations, JsonMapper json) {
        this.catalog = catalog;
        this.organizations = organizations;
        this.json = json;
    }

    void load() {
        long province = organizations.getByCode(DemoData.PROVINCE_CODE).id();
        var decision = catalog.decide(province, new ProcedureCatalog.DecisionDraft("1350/QĐ-UBND", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 1), "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
                "Về việc công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã "
                        + "trên địa bàn tỉnh Lâm Đồng"));
        catalog.publish(decision.id(), procedures());
    }

    List<ProcedureContent> procedures() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<ProcedureContent>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
