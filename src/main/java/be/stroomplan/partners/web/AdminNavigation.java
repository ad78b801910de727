package be.stroomplan.partners.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Beheer" entry of the main navigation, for functional administrators only. */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

    @Bean
    NavigationItem adminNavigationItem() {
        return NavigationItem.of("nav.admin", "/admin", 800, "FUNCTIONAL_ADMIN");
    }
}
