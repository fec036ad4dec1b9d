package vn.parcomms.organizations;

import java.util.List;

import vn.parcomms.shared.FieldViolation;

/** Where each kind of organization may sit in the tree. */
final class OrganizationRules {

    private OrganizationRules() {
    }

    static List<FieldViolation> placement(OrganizationKind kind, Organization parent) {
        if (kind == OrganizationKind.PROVINCE && parent != null) {
            return List.of(FieldViolation.of("parentId", "organization.parent.province-is-top"));
        }
        if (kind == OrganizationKind.COMMUNE && (parent == null || parent.kind() != OrganizationKind.PROVINCE)) {
            return List.of(FieldViolation.of("parentId", "organization.parent.commune-under-province"));
        }
        if (!kind.isTerritorial() && parent == null) {
            return List.of(FieldViolation.of("parentId", "organization.parent.required"));
        }
        return List.of();
    }
}
