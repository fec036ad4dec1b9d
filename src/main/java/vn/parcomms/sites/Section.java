package vn.parcomms.sites;

/** A section of a site ("Tin tức", "Thủ tục hành chính", …), possibly under another. */
public record Section(long id, long siteId, Long parentId, String slug, String name, int position, int version) {
}
