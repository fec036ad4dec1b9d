package vn.parcomms.plans;

import vn.parcomms.organizations.Organization;
import vn.parcomms.organizations.OrganizationKind;

/** A group of bodies under the issuer, named in a plan instead of listing each one. */
public enum BodyGroup {
    /** Every commune, ward and special zone of the province. */
    ALL_COMMUNES,
    /** Every department, office, center and other non-territorial body directly under the issuer. */
    ALL_DEPARTMENTS,
    /** Every body directly under the issuer. */
    ALL_CHILD_BODIES;

    /** Whether an organization directly under the issuer belongs to the group. */
    public boolean includes(Organization child) {
        return switch (this) {
            case ALL_COMMUNES -> child.kind() == OrganizationKind.COMMUNE;
            case ALL_DEPARTMENTS -> !child.kind().isTerritorial();
            case ALL_CHILD_BODIES -> true;
        };
    }

    public String labelKey() {
        return "plan.group." + name();
    }
}
