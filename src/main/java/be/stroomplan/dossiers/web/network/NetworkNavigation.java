package be.stroomplan.dossiers.web.network;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network view in the main navigation, after the subjects, for the KALI roles. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

    @Bean
    NavigationItem networkNavigationItem() {
        return NavigationItem.of("nav.network", "/network", 210, "INVESTIGATOR", "ANALYST", "KALI_MAGISTRATE");
    }
}
