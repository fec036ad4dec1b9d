package vn.parcomms.workspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

    @Bean
    NavigationEntry homeNavigation() {
        return new NavigationEntry("nav.home", "/", WorkspaceActions.USE, 0);
    }
}
