package be.stroomplan.partners.web;

import java.util.List;

import be.stroomplan.partners.PartnerDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner organisations: public knowledge among the partners, so every user may list them. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("isAuthenticated()")
class OrganisationController {

    private final PartnerDirectory directory;

    OrganisationController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<OrganisationView> organisations() {
        return directory.organisations().stream().map(OrganisationView::of).toList();
    }
}
