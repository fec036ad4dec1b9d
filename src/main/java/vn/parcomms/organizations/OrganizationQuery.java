package vn.parcomms.organizations;

import java.time.LocalDate;

/**
 * A search in the organization tree; every part is optional.
 *
 * @param text diacritic-insensitive text, matched against names and codes
 * @param parentId only direct children of this organization
 * @param code only the organization with this exact code
 * @param kind only this kind
 * @param validOn only organizations valid on this day (today when {@code null})
 * @param page zero-based page
 * @param size page size
 */
public record OrganizationQuery(String text, Long parentId, String code, OrganizationKind kind, LocalDate validOn,
        int page, int size) {

    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_PAGE_SIZE = 200;

    public static OrganizationQuery text(String text) {
        return new OrganizationQuery(text, null, null, null, null, 0, 20);
    }

    public static OrganizationQuery childrenOf(Long parentId) {
        return new OrganizationQuery(null, parentId, null, null, null, 0, MAX_PAGE_SIZE);
    }

    public OrganizationQuery withKind(OrganizationKind newKind) {
        return new OrganizationQuery(text, parentId, code, newKind, validOn, page, size);
    }
}
