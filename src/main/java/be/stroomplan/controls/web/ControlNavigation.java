package be.stroomplan.controls.web;

import be.stroomplan.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ‘COAC’ in the main navigation, for the COAC coordinators and the inspectors who take part in
 * controls, after the cases. The navigation knows roles, not teams: inspectors of team MAHO see it
 * too, and see only the actions their organisation takes part in.
 */
@Configuration
class ControlNavigation {

    @Bean
    NavigationItem controlsNavigation() {
        return NavigationItem.of("nav.controls", "/controls", 260, "COAC_COORDINATOR", "INSPECTOR");
    }
}
