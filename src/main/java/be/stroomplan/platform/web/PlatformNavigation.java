package be.stroomplan.platform.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of the platform itself: start, the audit trail (DPO) and the API documentation. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.of("nav.home", "/", 0);
    }

    /**
     * The audit trail page belongs to the audit module; the entry lives here until that module
     * declares its own.
     */
    @Bean
    NavigationItem auditNavigation() {
        return NavigationItem.of("nav.audit", "/audit", 900, "DPO");
    }

    @Bean
    NavigationItem apiNavigation() {
        return NavigationItem.of("nav.api", "/swagger-ui.html", 1000);
    }
}
