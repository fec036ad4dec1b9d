package vn.parcomms.organizations;

/** What an organization is. Provinces and communes come from the official list of units. */
public enum OrganizationKind {
    PROVINCE, COMMUNE, DEPARTMENT, OFFICE, CENTER, MASS_ORGANIZATION, PRESS, SCHOOL, POLICE, OTHER;

    public boolean isTerritorial() {
        return this == PROVINCE || this == COMMUNE;
    }

    /** Message key of the Vietnamese/English label. */
    public String labelKey() {
        return "organization.kind." + name();
    }
}
