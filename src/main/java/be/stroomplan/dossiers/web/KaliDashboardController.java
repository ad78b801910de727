package be.stroomplan.dossiers.web;


import be.stroomplan.dossiers.KaliDashboard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The KALI dashboard: my dossiers, task deadlines, recent items and seizure totals. */
@Controller
@PreAuthorize("isAuthenticated()")
class KaliDashboardController {

    private final KaliDashboard dashboard;
    private final DossierUsers users;

    KaliDashboardController(KaliDashboard dashboard, DossierUsers users) {
        this.dashboard = dashboard;
        this.users = users;
    }

    @GetMapping("/kali")
    String dashboard(Model model) {
        model.addAttribute("view", dashboard.of(users.current()));
        return "dossiers/kali";
    }
}
