package be.stroomplan.protocols.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "Protocollen" entry: every user may read the protocols of the own organisation, the DPO and
 * the functional administrators all of them.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolNavigation {

    @Bean
    NavigationItem protocolsNavigation() {
        return NavigationItem.of("nav.protocols", "/protocols", 700);
    }
}
