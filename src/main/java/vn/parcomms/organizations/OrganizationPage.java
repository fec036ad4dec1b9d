package vn.parcomms.organizations;

import java.util.List;

/**
 * One page of organizations.
 *
 * @param items the organizations on this page
 * @param total how many match in all
 * @param page zero-based page number
 * @param size page size
 */
public record OrganizationPage(List<Organization> items, long total, int page, int size) {
}
