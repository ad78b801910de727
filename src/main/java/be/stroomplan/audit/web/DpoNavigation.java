package be.stroomplan.audit.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "DPO-werkruimte" entry of the main navigation, for the DPO only. */
@Configuration(proxyBeanMethods = false)
class DpoNavigation {

    @Bean
    NavigationItem dpoNavigationItem() {
        return NavigationItem.of("nav.dpo", "/dpo", 890, "DPO");
    }
}
