package vn.parcomms.shared.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Anonymous public pages rendered once and then served from memory, with their headers, an ETag and
 * Last-Modified, answering 304 to a reader who already has them: no session, no query. A subclass says
 * which requests are cached and calls {@link #clear()} when what they show changes; a page rendered while
 * that happened is not kept. Pages are kept per language (the language cookie).
 */
public abstract class RenderedPageCache extends OncePerRequestFilter {

    private static final int MAX_PAGES = 20_000;
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Security-Policy",
            "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Location");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /** The most the stored pages may take together; past it the cache starts over (64 MB unless a subclass says). */
    protected long maxBytes() {
        return 64L * 1024 * 1024;
    }

    /** Whether this request's answer may be kept and replayed to anyone. */
    protected abstract boolean cacheable(HttpServletRequest request);

    /** The part of the request that tells pages apart besides the path and the language (e.g. the query). */
    protected String variant(HttpServletRequest request) {
        return "";
    }

    /** A rendered page: status, kept headers and body. */
    record Page(int status, Map<String, String> headers, byte[] body, String etag, String lastModified) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !"GET".equals(method) && !"HEAD".equals(method) || !cacheable(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + "|" + variant(request) + "|" + language(request);
        Page page = pages.get(key);
        if (page == null) {
            long before = generation.get();
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            byte[] body = wrapper.getContentAsByteArray();
            int status = wrapper.getStatus();
            if ((status != 200 && status != 301 && status != 302) || request.getSession(false) != null) {
                wrapper.copyBodyToResponse();
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = wrapper.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            page = new Page(status, headers, body, etag(body), HTTP_DATE.format(Instant.now()));
            if (generation.get() == before) {
                if (pages.size() >= MAX_PAGES || bytes.get() + body.length > maxBytes()) {
                    pages.clear();
                    bytes.set(0);
                }
                if (pages.put(key, page) == null) {
                    bytes.addAndGet(body.length);
                }
            }
            Map<String, String> carried = new LinkedHashMap<>();
            for (String name : carriedHeaders()) {
                String value = response.getHeader(name);
                if (value != null) {
                    carried.put(name, value);
                }
            }
            response.reset();
            carried.forEach(response::setHeader);
        }
        decorate(request, response);
        write(page, request, response);
    }

    /** Headers that earlier filters set for this very request (a rate limit's count), kept when a page is first stored. */
    protected java.util.Collection<String> carriedHeaders() {
        return List.of();
    }

    /** Adds what every answer of this cache carries besides the stored headers. */
    protected void decorate(HttpServletRequest request, HttpServletResponse response) {
    }

    /** The reader's language cookie (pages are kept per language). */
    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if ("PARCOMMS_LANG".equals(cookie.getName())) {
                    return cookie.getValue().length() > 10 ? "?" : cookie.getValue();
                }
            }
        }
        return "";
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach(response::setHeader);
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.equals(page.etag()) || match.equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * A page's validator: two checksums computed by the processor's own instructions (CRC-32C and the array hash)
     * and the length. An ETag only has to change when the same address gives other bytes; 64 bits of checksum do
     * that without a cryptographic digest's cost on every page stored.
     */
    static String etag(byte[] body) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-"
                + Integer.toHexString(body.length) + "\"";
    }

    /** Forgets every page: the next reader of each gets it freshly rendered. */
    public void clear() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }
}
