package be.stroomplan.dossiers.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KALI dashboard in the main navigation, after the subjects, for the roles that work on dossiers. */
@Configuration(proxyBeanMethods = false)
class DossierNavigation {

    @Bean
    NavigationItem kaliNavigation() {
        return NavigationItem.of("nav.kali", "/kali", 205, "INVESTIGATOR", "ANALYST", "KALI_MAGISTRATE");
    }
}
