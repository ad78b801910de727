package be.stroomplan.platform.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of the platform itself: start and the API documentation. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.of("nav.home", "/", 0);
    }

    @Bean
    NavigationItem apiNavigation() {
        return NavigationItem.of("nav.api", "/swagger-ui.html", 1000);
    }
}
