package be.stroomplan.protocols.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.protocols.internal.ProtocolQueries;
import be.stroomplan.protocols.internal.ProtocolRegister;
import be.stroomplan.protocols.internal.Purpose;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public list of active protocols (transparency on the legal frame of the data flows):
 * reference, title, parties, purposes, categories, legal basis and validity. Never the DPOs,
 * controllers' contacts or signatories: no personal data on a page without login.
 */
@Controller
@PreAuthorize("permitAll()")
class PublicProtocolsController {

    private final ProtocolQueries queries;
    private final ProtocolRegister register;
    private final PartnerDirectory partners;

    PublicProtocolsController(ProtocolQueries queries, ProtocolRegister register, PartnerDirectory partners) {
        this.queries = queries;
        this.register = register;
        this.partners = partners;
    }

    @GetMapping("/protocols/public")
    String publicList(Locale locale, Model model) {
        model.addAttribute("protocols", queries.active(register.today()));
        model.addAttribute("organisations", partners.organisations().stream()
                .collect(Collectors.toMap(Organisation::code, o -> o.name(locale))));
        Map<String, String> purposes = queries.purposes().stream()
                .collect(Collectors.toMap(Purpose::code, p -> p.name(locale)));
        model.addAttribute("purposes", purposes);
        return "protocols/public";
    }
}
