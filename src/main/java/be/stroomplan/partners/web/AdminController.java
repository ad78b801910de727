package be.stroomplan.partners.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page: organisations, teams, users. No case content, ever. */
@Controller
@PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "partners/admin/index";
    }
}
