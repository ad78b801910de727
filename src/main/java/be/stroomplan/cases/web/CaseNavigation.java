package be.stroomplan.cases.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ‘Casussen’ in the main navigation, for MAHO coordinators and partners, after the subjects. */
@Configuration
class CaseNavigation {

    @Bean
    NavigationItem casesNavigation() {
        return NavigationItem.of("nav.cases", "/cases", 250, "MAHO_COORDINATOR", "MAHO_PARTNER");
    }
}
