package be.stroomplan.sharing.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry to my compartments, for users with a role that reads content. */
@Configuration(proxyBeanMethods = false)
class SharingNavigation {

    @Bean
    NavigationItem compartmentsNavigation() {
        return NavigationItem.of("nav.compartments", "/compartments", 150, "INVESTIGATOR", "ANALYST", "KALI_MAGISTRATE",
                "MAHO_COORDINATOR", "MAHO_PARTNER", "COAC_COORDINATOR", "INSPECTOR", "CITY_OFFICER");
    }
}
