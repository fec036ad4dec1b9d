package vn.parcomms.procedures.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.procedures.ProcedureIndex;
import vn.parcomms.shared.web.RenderedPageCache;

/**
 * The citizens' procedure pages (lookup, each procedure, its QR code, the kiosk), rendered once per address
 * and language and served from memory until the catalog changes, on this node or another (the search
 * index's catalog version is compared on every request).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class ProcedurePageCache extends RenderedPageCache {

    private final ProcedureIndex index;
    private volatile long version = Long.MIN_VALUE;

    ProcedurePageCache(ProcedureIndex index) {
        this.index = index;
    }

    @Override
    protected boolean cacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return (path.startsWith("/thu-tuc/") && !path.startsWith("/thu-tuc/goi-y") || path.startsWith("/kiosk/thu-tuc/")
                || (path.equals("/thu-tuc") || path.equals("/kiosk/thu-tuc")) && query == null || api(path))
                && (query == null || query.length() <= 2 * ProcedureApi.MAX_QUERY_CHARS);
    }

    /** The open API's searches and procedures (not histories): answers of the in-memory index, kept as bytes too. */
    private static boolean api(String path) {
        return path.equals("/api/v1/procedures") || path.startsWith("/api/v1/procedures/") && !path.endsWith("/history");
    }

    /** Searches are many and each answer is a few kilobytes: a smaller budget than the sites' pages. */
    @Override
    protected long maxBytes() {
        return 32L * 1024 * 1024;
    }

    @Override
    protected java.util.Collection<String> carriedHeaders() {
        return ApiRateLimit.HEADERS;
    }

    @Override
    protected void decorate(HttpServletRequest request, HttpServletResponse response) {
        if (api(request.getRequestURI().substring(request.getContextPath().length()))) {
            // Any origin may read the open API (no credentials): the same answer for every caller.
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining");
        }
    }

    @Override
    protected String variant(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : request.getQueryString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long current = index.version();
        if (current != version) {
            clear();
            version = current;
        }
        super.doFilterInternal(request, response, chain);
    }
}
