package vn.parcomms.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry reportsNavigation() {
        return new NavigationEntry("nav.reports", "/reports", ReportActions.VIEW, 30);
    }

    @Bean
    NavigationEntry dashboardNavigation() {
        return new NavigationEntry("nav.dashboard", "/dashboard", ReportActions.REVIEW, 3);
    }
}
