package vn.parcomms.organizations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    NavigationEntry organizationsNavigation() {
        return new NavigationEntry("nav.organizations", "/organizations", OrganizationActions.VIEW, 10);
    }
}
