package be.stroomplan.deconfliction.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ‘Deconflictie’ entry of the main navigation: the KALI magistrate’s inbox. */
@Configuration(proxyBeanMethods = false)
class MagistrateNavigation {

    @Bean
    NavigationItem magistrateNavigationItem() {
        return NavigationItem.of("nav.magistrate", "/magistrate", 215, "KALI_MAGISTRATE");
    }
}
