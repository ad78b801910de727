package be.stroomplan.subjects.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The subject register in the main navigation, for the roles that read content. */
@Configuration(proxyBeanMethods = false)
class SubjectNavigation {

    @Bean
    NavigationItem subjectsNavigation() {
        return NavigationItem.of("nav.subjects", "/subjects", 200, "INVESTIGATOR", "ANALYST", "KALI_MAGISTRATE",
                "MAHO_COORDINATOR", "MAHO_PARTNER", "COAC_COORDINATOR", "INSPECTOR", "CITY_OFFICER");
    }
}
