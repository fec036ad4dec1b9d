package vn.parcomms.procedures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ProcedureNavigation {

    @Bean
    NavigationEntry proceduresNavigation() {
        return new NavigationEntry("nav.procedures", "/procedures", ProcedureActions.MANAGE, 45);
    }
}
