package vn.parcomms.sites;

/** A site was opened or its settings changed: its address, pages and feeds may differ. */
public record SiteChanged(long siteId) {
}
