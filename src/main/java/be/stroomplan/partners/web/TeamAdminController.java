package be.stroomplan.partners.web;

import java.util.UUID;

import jakarta.validation.groups.Default;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Team;
import be.stroomplan.partners.internal.PartnerNotFoundException;
import be.stroomplan.partners.internal.TeamStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create and edit teams. */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
class TeamAdminController {

    private static final String FORM = "partners/admin/team-form";

    private final PartnerDirectory directory;
    private final TeamStore teams;
    private final PartnerAdministration administration;

    TeamAdminController(PartnerDirectory directory, TeamStore teams, PartnerAdministration administration) {
        this.directory = directory;
        this.teams = teams;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", directory.teams());
        return "partners/admin/teams";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("teamForm", new TeamForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Validated({ Default.class, OnCreate.class }) TeamForm teamForm, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Team created = administration.createTeam(teamForm);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/teams/" + created.id();
        } catch (AdministrationRefused refused) {
            AdminForms.reject(binding, refused);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        Team team = team(id);
        model.addAttribute("team", team);
        model.addAttribute("teamForm", TeamForm.of(team));
        return FORM;
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @Validated TeamForm teamForm, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        Team team = team(id);
        teamForm.setCode(team.code());
        if (binding.hasErrors()) {
            model.addAttribute("team", team);
            return FORM;
        }
        administration.updateTeam(id, teamForm);
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/teams/" + id;
    }

    private Team team(UUID id) {
        return teams.findById(id).orElseThrow(() -> new PartnerNotFoundException("team", id.toString()));
    }
}
