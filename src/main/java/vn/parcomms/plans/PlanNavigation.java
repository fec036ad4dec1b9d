package vn.parcomms.plans;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class PlanNavigation {

    @Bean
    NavigationEntry inboxNavigation() {
        return new NavigationEntry("nav.inbox", "/inbox", PlanActions.INBOX, 5);
    }

    @Bean
    NavigationEntry vocabulariesNavigation() {
        return new NavigationEntry("nav.vocabularies", "/admin/vocabularies", PlanActions.MANAGE_VOCABULARIES, 95, "/");
    }

    @Bean
    NavigationEntry plansNavigation() {
        return new NavigationEntry("nav.plans", "/plans", PlanActions.VIEW, 20);
    }
}
