package be.stroomplan.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page. */
@Controller
class PageController {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }
}
