package vn.parcomms.sites;

/** News item, article, video (YouTube or Facebook), infographic (an image), or a document to download. */
public enum ArticleKind {
    NEWS, ARTICLE, VIDEO, INFOGRAPHIC, DOCUMENT
}
