package vn.parcomms.activities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ActivityNavigation {

    @Bean
    NavigationEntry activitiesNavigation() {
        return new NavigationEntry("nav.activities", "/activities", ActivityActions.VIEW, 25);
    }
}
