package vn.parcomms.sites.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parcomms.shared.web.RenderedPageCache;
import vn.parcomms.sites.ArticlePublished;
import vn.parcomms.sites.SiteChanged;

/**
 * Anonymous reader pages of the sites, rendered once and served from memory (see {@link RenderedPageCache}).
 * Any publication or site change empties the cache after its transaction commits. Search results (a query
 * string), the API, images and documents are never cached here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageCache extends RenderedPageCache {

    private final SiteSlugs slugs;

    PublicPageCache(SiteSlugs slugs) {
        this.slugs = slugs;
    }

    @Override
    protected boolean cacheable(HttpServletRequest request) {
        return request.getQueryString() == null && PublicSiteSecurity.isPublic(request, slugs)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && !request.getRequestURI().contains("/anh/") && !request.getRequestURI().contains("/tep/");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SiteChanged event) {
        slugs.forget();
        clear();
    }
}
