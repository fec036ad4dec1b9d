package vn.parcomms.reminders;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.AccessPolicy;

/**
 * The recurring tasks, run by db-scheduler: the schedule is kept in the database, so the tasks
 * survive restarts, and only one node picks each execution.
 */
@Configuration(proxyBeanMethods = false)
class ReminderTasks {

    @Bean
    RecurringTask<Void> dailyReminders(ReminderJob job, ReminderSettings settings, Clock clock) {
        return Tasks.recurring("reminders-daily", Schedules.daily(clock.getZone(), settings.dailyAt()))
                .execute((instance, context) -> AccessPolicy.asSystem(
                        () -> job.runDaily(LocalDate.now(clock))));
    }

    @Bean
    RecurringTask<Void> dailyDigest(ReminderJob job, ReminderSettings settings, Clock clock) {
        return Tasks.recurring("reminders-digest", Schedules.daily(clock.getZone(), settings.digestAt()))
                .execute((instance, context) -> AccessPolicy.asSystem(
                        () -> job.runDigest(LocalDate.now(clock))));
    }
}
