package vn.parcomms.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry("nav.users", "/admin/users", AccountActions.VIEW_USERS, 90);
    }
}
