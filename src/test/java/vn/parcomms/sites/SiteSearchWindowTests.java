package vn.parcomms.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.IntegrationTest;

/**
 * Search reads the newest articles first and keeps to them when they hold enough matches; rarer words
 * send it to the whole site. Here the first pass reads 5 articles and 2 matches are enough.
 */
@IntegrationTest
class SiteSearchWindowTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteReader reader;

    @Test
    void commonWordsStayWithTheNewestArticlesAndRareOnesSearchTheWholeSite() {
        long org = jdbc.sql("SELECT id FROM organization WHERE kind = 'COMMUNE' AND valid_to IS NULL AND id NOT IN "
                + "(SELECT organization_id FROM site) ORDER BY code DESC LIMIT 1").query(Long.class).single();
        long site = jdbc.sql("INSERT INTO site (organization_id, slug, name) VALUES (:o, 'xa-cua-so-tim-kiem', 'Xã thử') RETURNING id")
                .param("o", org).query(Long.class).single();
        // Twelve articles an hour apart (1 is the newest); all speak of "hồ sơ", only the oldest of "Đắk Mil".
        for (int i = 1; i <= 12; i++) {
            long article = jdbc.sql("INSERT INTO article (site_id, slug) VALUES (:s, :slug) RETURNING id").param("s", site)
                    .param("slug", "bai-" + i).query(Long.class).single();
            String text = "Hướng dẫn hồ sơ số " + i + (i == 12 ? " tại Đắk Mil" : "");
            jdbc.sql("""
                    INSERT INTO article_edition (article_id, edition, state, kind, title, summary, body, plain_text, published_at)
                    VALUES (:a, 1, 'PUBLISHED', 'NEWS', :t, '', :b, :t, now() - make_interval(hours => :h))
                    """).param("a", article).param("t", text).param("b", "<p>" + text + "</p>").param("h", i).update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM article_search WHERE site_id = :s").param("s", site).query(Long.class).single())
                .isEqualTo(12);

        // "ho so" matches all twelve; the five newest hold enough, so only they are ranked.
        List<String> common = titles(reader.search(site, "ho so", 0, 20, 5, 2));
        assertThat(common).hasSize(5).allMatch(t -> List.of(1, 2, 3, 4, 5).stream().anyMatch(n -> t.endsWith("số " + n)));
        // Pages come from the same list.
        assertThat(titles(reader.search(site, "ho so", 4, 20, 5, 2))).hasSize(1);
        // "dak mil" is only in the oldest article: the first pass finds nothing, the whole site does.
        assertThat(titles(reader.search(site, "dak mil", 0, 20, 5, 2))).containsExactly("Hướng dẫn hồ sơ số 12 tại Đắk Mil");
        // With the production sizes the site is smaller than the first pass: every match is ranked.
        assertThat(reader.search(site, "ho so", 0, 20)).hasSize(12);
    }

    private static List<String> titles(List<SiteReader.Hit> hits) {
        return hits.stream().map(h -> h.edition().title()).toList();
    }
}
