package vn.parcomms.sites;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class SiteNavigation {

    @Bean
    NavigationEntry sitesNavigation() {
        return new NavigationEntry("nav.sites", "/sites", SiteActions.WRITE, 40);
    }
}
