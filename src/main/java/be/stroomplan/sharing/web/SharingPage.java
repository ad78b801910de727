package be.stroomplan.sharing.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.RefusedAttachment;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the sharing pages have in common: the organisation names, and the answer to a refusal that
 * escapes a handler. Something the user may not know exists answers exactly like a missing id
 * (the platform's 404 page); these handlers come before the API's problem details.
 */
abstract class SharingPage {

    /** The roles that read and write content: not the administrator, the DPO or the project lead alone. */
    static final String CONTENT = "hasAnyRole('INVESTIGATOR', 'ANALYST', 'KALI_MAGISTRATE', 'MAHO_COORDINATOR', "
            + "'MAHO_PARTNER', 'COAC_COORDINATOR', 'INSPECTOR', 'CITY_OFFICER')";

    /** The purpose codes offered when disclosing (the managed list of the protocol register). */
    static final List<String> PURPOSES = List.of("MAHO_CASUSOVERLEG", "COAC_CONTROLE", "KALI_ONDERZOEK");

    static final int PAGE_SIZE = 20;

    final PartnerDirectory partners;
    final SharingUsers users;

    SharingPage(PartnerDirectory partners, SharingUsers users) {
        this.partners = partners;
        this.users = users;
    }

    @ModelAttribute("organisationNames")
    Map<String, String> organisationNames(Locale locale) {
        return partners.organisations().stream().collect(Collectors.toMap(Organisation::code, o -> o.name(locale)));
    }

    @ExceptionHandler(SharingNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(SharingRefused.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler({ InvalidSharingInput.class, RefusedAttachment.class, SharingConflict.class })
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static int page(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page == null ? "0" : page.trim()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
