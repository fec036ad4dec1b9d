package vn.parcomms.procedures.web;

import org.springframework.stereotype.Component;
import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationDirectory;
import vn.parcomms.procedures.ProcedureContent;
import vn.parcomms.shared.InvalidInputException;

/** What the public pages and the API share: reading a province code and checking a procedure code. */
@Component
class ProcedureQueries {

    private final OrganizationDirectory organizations;

    ProcedureQueries(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /** The province with this official code, or null for every province. */
    Long province(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return organizations.findByCode(code.strip()).filter(o -> o.parentId() == null).map(Organization::id)
                .orElseThrow(() -> new InvalidInputException("province", "procedure.province.unknown", code.strip()));
    }

    /** The code upper-cased, or a 400 naming the expected form. */
    static String checkCode(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalized.length() > 40 || !ProcedureContent.CODE.matcher(normalized).matches()) {
            throw new InvalidInputException("code", "procedure.code.pattern",
                    normalized.length() > 60 ? normalized.substring(0, 60) + "…" : normalized);
        }
        return normalized;
    }
}
