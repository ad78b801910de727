package be.stroomplan.impact.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard in the main navigation: the project lead, the MAHO coordinator and the KALI magistrate. */
@Configuration(proxyBeanMethods = false)
class ImpactNavigation {

    @Bean
    NavigationItem impactEntry() {
        return NavigationItem.of("nav.impact", "/impact", 650, "PROJECT_LEAD", "MAHO_COORDINATOR", "KALI_MAGISTRATE");
    }
}
