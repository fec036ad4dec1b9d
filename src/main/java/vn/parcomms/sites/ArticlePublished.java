package vn.parcomms.sites;

/** An edition went live or was taken down: the reader pages of its site change. */
public record ArticlePublished(long editionId, long articleId, long siteId) {
}
