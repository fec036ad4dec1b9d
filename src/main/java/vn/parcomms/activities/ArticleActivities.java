package vn.parcomms.activities;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parcomms.access.AccessPolicy;
import vn.parcomms.sites.ArticlePublished;

/**
 * Publishing an article that serves a task occurrence records it as an activity of the site's body
 * (channel: CCHC web page, the article's address as evidence), once per article: a new edition or a
 * republication is not counted again. It waits for review like any recorded activity.
 */
@Component
class ArticleActivities {

    private static final Logger log = LoggerFactory.getLogger(ArticleActivities.class);

    private final ActivityManagement activities;
    private final JdbcClient jdbc;
    private final String publicUrl;

    ArticleActivities(ActivityManagement activities, JdbcClient jdbc, @Value("${parcomms.public-url}") String publicUrl) {
        this.activities = activities;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticlePublished event) {
        if (!event.live() || event.occurrenceId() == null) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(44020, CAST(:a % 2147483647 AS int))").param("a", event.articleId())
                .query().singleRow();
        String marker = "%" + event.path().substring(0, event.path().indexOf("/bai/") + 5) + event.articleId() + "-%";
        boolean counted = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM activity a, unnest(a.links) l
                               WHERE a.organization_id = :org AND l LIKE :marker AND a.status <> 'SUPERSEDED')
                """).param("org", event.organizationId()).param("marker", marker).query(Boolean.class).single();
        if (counted) {
            return;
        }
        AccessPolicy.asSystem(() -> activities.record(new RecordActivity(event.organizationId(), event.occurrenceId(),
                event.publishedOn(), event.publishedOn(), "PAR_WEB_PAGE", null, event.title(),
                "Bài đăng trên Trang thông tin CCHC.", List.of(publicUrl + event.path()), null, List.of(), List.of(), null)));
        log.info("Article {} recorded as an activity of organization {}", event.articleId(), event.organizationId());
    }
}
