package vn.parcomms.reminders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ReminderNavigation {

    @Bean
    NavigationEntry notificationsNavigation() {
        return new NavigationEntry("nav.notifications", "/notifications", ReminderActions.NOTIFICATIONS, 8);
    }
}
