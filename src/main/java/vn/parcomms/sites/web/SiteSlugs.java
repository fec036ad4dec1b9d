package vn.parcomms.sites.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addresses of the switched-on sites, kept in memory so that routing a reader costs no query. */
@Component
class SiteSlugs {

    private final JdbcClient jdbc;
    private final AtomicReference<Set<String>> slugs = new AtomicReference<>();

    SiteSlugs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isSite(String slug) {
        Set<String> known = slugs.get();
        if (known == null) {
            known = reload();
        }
        return known.contains(slug);
    }

    Set<String> reload() {
        Set<String> fresh = jdbc.sql("SELECT slug FROM site WHERE enabled").query(String.class).list().stream()
                .collect(Collectors.toUnmodifiableSet());
        slugs.set(fresh);
        return fresh;
    }

    void forget() {
        slugs.set(null);
    }
}
