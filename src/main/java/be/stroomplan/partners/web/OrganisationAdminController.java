package be.stroomplan.partners.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.groups.Default;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.OrganisationKind;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.PartnerNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create and edit partner organisations. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
class OrganisationAdminController {

    private static final String FORM = "partners/admin/organisation-form";

    private final PartnerDirectory directory;
    private final OrganisationStore organisations;
    private final PartnerAdministration administration;

    OrganisationAdminController(PartnerDirectory directory, OrganisationStore organisations, PartnerAdministration administration) {
        this.directory = directory;
        this.organisations = organisations;
        this.administration = administration;
    }

    @ModelAttribute("kinds")
    List<OrganisationKind> kinds() {
        return List.of(OrganisationKind.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", directory.organisations());
        return "partners/admin/organisations";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Validated({ Default.class, OnCreate.class }) OrganisationForm organisationForm, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Organisation created = administration.createOrganisation(organisationForm);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/organisations/" + created.id();
        } catch (AdministrationRefused refused) {
            AdminForms.reject(binding, refused);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        Organisation organisation = organisation(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return FORM;
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @Validated OrganisationForm organisationForm, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        Organisation organisation = organisation(id);
        organisationForm.setCode(organisation.code());
        if (binding.hasErrors()) {
            model.addAttribute("organisation", organisation);
            return FORM;
        }
        administration.updateOrganisation(id, organisationForm);
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/organisations/" + id;
    }

    private Organisation organisation(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new PartnerNotFoundException("organisation", id.toString()));
    }
}
