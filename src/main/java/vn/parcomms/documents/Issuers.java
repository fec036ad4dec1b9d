package vn.parcomms.documents;

import java.util.List;
import java.util.Locale;

import vn.parcomms.documents.OfficialDocument.Line;
import vn.parcomms.organizations.Organization;

/** The issuer block of Decree 30/2020 for a body of the organization tree. */
final class Issuers {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Issuers() {
    }

    /**
     * A province or commune issues as its People's Committee ("ỦY BAN NHÂN DÂN" / "XÃ QUẢNG KHÊ", both
     * bold); any other body under its parent ("UBND TỈNH LÂM ĐỒNG" / "SỞ NỘI VỤ", the body in bold).
     */
    static List<Line> lines(Organization body, Organization parent) {
        if (body.kind().isTerritorial()) {
            return List.of(new Line("ỦY BAN NHÂN DÂN", true), new Line(upper(body.name()), true));
        }
        if (parent == null) {
            return List.of(new Line(upper(body.name()), true));
        }
        String parentLine = parent.kind().isTerritorial() ? "UBND " + upper(parent.name()) : upper(parent.name());
        return List.of(new Line(parentLine, false), new Line(upper(body.name()), true));
    }

    /** The issuing body's abbreviation in document numbers: "UBND" for a People's Committee. */
    static String abbreviation(Organization body) {
        if (body.kind().isTerritorial()) {
            return "UBND";
        }
        String shortName = body.shortName();
        return shortName == null || shortName.isBlank() ? "" : shortName.strip().toUpperCase(VIETNAMESE);
    }

    static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(VIETNAMESE);
    }
}
