package vn.parcomms.sites;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.AccessPolicy;

/**
 * Scheduled publishing: db-scheduler keeps the schedule in the database, so a publication time set
 * before a restart is still honoured after it, and only one node publishes in a cluster.
 */
@Configuration(proxyBeanMethods = false)
class SiteTasks {

    @Bean
    RecurringTask<Void> publishScheduledArticles(SiteManagement sites,
            @Value("${parcomms.sites.publish-check:PT30S}") Duration every) {
        return Tasks.recurring("sites-publish-scheduled", Schedules.fixedDelay(every))
                .execute((instance, context) -> AccessPolicy.asSystem(sites::publishDue));
    }
}
