package vn.parcomms.activities;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parcomms.shared.Texts;

/**
 * Captures the title of the pages activities link to (og:title, else the HTML title), in the
 * background after the activity is saved so recording never waits on a remote site. Only public
 * addresses are fetched (no loopback or private networks unless configured, redirects checked one by
 * one), with a short timeout and a size cap.
 */
@Component
class LinkTitles {

    private static final Logger log = LoggerFactory.getLogger(LinkTitles.class);
    private static final int MAX_BYTES = 512 * 1024;
    private static final int MAX_REDIRECTS = 3;

    private final JdbcClient jdbc;
    private final boolean allowPrivateHosts;
    private final boolean enabled;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(4)).build();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    LinkTitles(JdbcClient jdbc, @Value("${parcomms.evidence.link-titles.enabled:true}") boolean enabled,
            @Value("${parcomms.evidence.link-titles.allow-private-hosts:false}") boolean allowPrivateHosts) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.allowPrivateHosts = allowPrivateHosts;
    }

    /** Captures the titles of links not seen before, once the surrounding transaction commits. */
    void captureAfterCommit(Collection<String> urls) {
        if (!enabled || urls.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(urls);
        Runnable task = () -> copy.forEach(this::captureIfNew);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.submit(task);
                }
            });
        } else {
            executor.submit(task);
        }
    }

    Map<String, String> titles(Collection<String> urls) {
        Map<String, String> titles = new HashMap<>();
        if (urls.isEmpty()) {
            return titles;
        }
        jdbc.sql("SELECT url, title FROM link_title WHERE url IN (:urls) AND title IS NOT NULL").param("urls", urls)
                .query(rs -> {
                    titles.put(rs.getString("url"), rs.getString("title"));
                });
        return titles;
    }

    void captureIfNew(String url) {
        boolean known = jdbc.sql("SELECT count(*) FROM link_title WHERE url = :url").param("url", url)
                .query(Long.class).single() > 0;
        if (known) {
            return;
        }
        String title = null;
        String failure = null;
        try {
            title = fetchTitle(URI.create(url));
            if (title == null) {
                failure = "no title";
            }
        } catch (IOException | IllegalArgumentException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        jdbc.sql("""
                INSERT INTO link_title (url, title, failure) VALUES (:url, :title, :failure)
                ON CONFLICT (url) DO NOTHING
                """).param("url", url).param("title", title)
                .param("failure", failure == null ? null : failure.substring(0, Math.min(200, failure.length())))
                .update();
    }

    String fetchTitle(URI uri) throws IOException, InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAllowed(current);
            HttpRequest request = HttpRequest.newBuilder(current).timeout(Duration.ofSeconds(6))
                    .header("User-Agent", "ParComms/1.0 (link preview)").header("Accept", "text/html").GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status >= 300 && status < 400) {
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (location == null) {
                        return null;
                    }
                    current = current.resolve(location);
                    continue;
                }
                if (status != 200) {
                    throw new IOException("HTTP " + status);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES);
                Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), current.toString());
                Element og = page.selectFirst("meta[property=og:title]");
                String title = og != null ? og.attr("content") : page.title();
                title = Texts.clean(title);
                return title == null ? null : title.length() > 500 ? title.substring(0, 500) : title;
            }
        }
        return null;
    }

    private void checkAllowed(URI uri) throws UnknownHostException {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) address");
        }
        if (allowPrivateHosts) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()
                    || address.getHostAddress().startsWith("fc") || address.getHostAddress().startsWith("fd")
                    || address.getHostAddress().startsWith("100.64.")) {
                throw new IllegalArgumentException("private address " + address.getHostAddress());
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        log.debug("link title capture stopped");
    }
}
