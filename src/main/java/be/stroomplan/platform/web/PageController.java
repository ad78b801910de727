package be.stroomplan.platform.web;

import java.util.Locale;

import be.stroomplan.platform.UserSummaries;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page. */
@Controller
@PreAuthorize("isAuthenticated()")
class PageController {

    private final ObjectProvider<UserSummaries> summaries;
    private final DateFormats dates;

    PageController(ObjectProvider<UserSummaries> summaries, DateFormats dates) {
        this.summaries = summaries;
        this.dates = dates;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    /** Who the user is (organisation, teams, roles) and the server time in Brussels. */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication authentication, Locale locale, Model model) {
        UserSummaries source = summaries.getIfAvailable();
        model.addAttribute("summary", source == null ? null : source.summary(authentication.getName(), locale).orElse(null));
        model.addAttribute("serverTime", dates.now());
        return "home";
    }
}
