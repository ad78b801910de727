package be.stroomplan.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.stroomplan.platform.NavigationItem;

/** The "Audittrail" entry of the main navigation, for the DPO only. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditNavigationItem() {
        return NavigationItem.of("nav.audit", "/audit", 900, "DPO");
    }
}
