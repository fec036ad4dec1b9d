package vn.parcomms.scores;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parcomms.access.NavigationEntry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoreRules.class)
class ScoreConfiguration {

    @Bean
    NavigationEntry scoresNavigation() {
        return new NavigationEntry("nav.scores", "/scores", ScoreActions.VIEW, 40);
    }
}
