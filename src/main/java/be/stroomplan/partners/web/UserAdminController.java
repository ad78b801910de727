package be.stroomplan.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.groups.Default;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.PartnerNotFoundException;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserSort;
import be.stroomplan.partners.internal.UserStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage user accounts: a paged, sortable list; creation with an initial
 * password; details; enabling and disabling; password reset; memberships.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
class UserAdminController {

    static final int PAGE_SIZE = 20;
    private static final String NEW = "partners/admin/user-new";
    private static final String DETAIL = "partners/admin/user";

    private final PartnerDirectory directory;
    private final UserStore users;
    private final PartnerAdministration administration;
    private final PartnerAudit audit;

    UserAdminController(PartnerDirectory directory, UserStore users, PartnerAdministration administration, PartnerAudit audit) {
        this.directory = directory;
        this.users = users;
        this.administration = administration;
        this.audit = audit;
    }

    @ModelAttribute("organisations")
    List<Organisation> organisations() {
        return directory.organisations();
    }

    record UserRow(UUID id, String username, String displayName, String organisation, boolean enabled) {
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "USERNAME") UserSort sort,
                @RequestParam(defaultValue = "asc") String dir, Locale locale, Model model) {
        boolean ascending = !"desc".equalsIgnoreCase(dir);
        long total = users.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(0, page), pages - 1);
        Map<UUID, Organisation> byId = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<UserRow> rows = users.findPage(current, PAGE_SIZE, sort, ascending).stream()
                .map(account -> new UserRow(account.id(), account.username(), account.displayName(),
                        byId.get(account.organisationId()).name(locale), account.enabled()))
                .toList();
        model.addAttribute("users", rows);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute("sort", sort.name());
        model.addAttribute("dir", ascending ? "asc" : "desc");
        return "partners/admin/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return NEW;
    }

    @PostMapping("/new")
    String create(@Validated({ Default.class, OnCreate.class }) UserForm userForm, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return NEW;
        }
        try {
            UserAccount created = administration.createUser(userForm);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/users/" + created.id();
        } catch (AdministrationRefused refused) {
            AdminForms.reject(binding, refused);
            return NEW;
        } finally {
            userForm.setPassword(null); // never echo a password back into the page
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        UserAccount account = user(id);
        audit.read("USER", id.toString());
        model.addAttribute("userForm", UserForm.of(account));
        return detailPage(account, model);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @Validated UserForm userForm, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        UserAccount account = user(id);
        userForm.setUsername(account.username());
        if (binding.hasErrors()) {
            return detailPage(account, model);
        }
        try {
            administration.updateUser(id, userForm);
        } catch (AdministrationRefused refused) {
            AdminForms.reject(binding, refused);
            return detailPage(account, model);
        }
        return saved(id, redirect);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Authentication authentication,
                      RedirectAttributes redirect) {
        try {
            administration.setEnabled(id, enabled, authentication.getName());
        } catch (AdministrationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/admin/users/" + id;
        }
        return saved(id, redirect);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @Validated PasswordForm passwordForm, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        UserAccount account = user(id);
        if (binding.hasErrors()) {
            passwordForm.setPassword(null);
            model.addAttribute("userForm", UserForm.of(account));
            return detailPage(account, model);
        }
        administration.resetPassword(id, passwordForm.getPassword());
        return saved(id, redirect);
    }

    @PostMapping("/{id}/clearance")
    String setClearance(@PathVariable UUID id, @Validated ClearanceForm clearanceForm, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        UserAccount account = user(id);
        if (binding.hasErrors()) {
            model.addAttribute("userForm", UserForm.of(account));
            return detailPage(account, model);
        }
        administration.setClearance(id, clearanceForm.clearance());
        return saved(id, redirect);
    }

    @PostMapping("/{id}/memberships")
    String addMembership(@PathVariable UUID id, @Validated MembershipForm membershipForm, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        UserAccount account = user(id);
        if (!binding.hasErrors()) {
            try {
                administration.addMembership(id, membershipForm.getTeamId(), membershipForm.getRole());
                return saved(id, redirect);
            } catch (AdministrationRefused refused) {
                AdminForms.reject(binding, refused);
            }
        }
        model.addAttribute("userForm", UserForm.of(account));
        return detailPage(account, model);
    }

    @PostMapping("/{id}/memberships/{membershipId}/delete")
    String removeMembership(@PathVariable UUID id, @PathVariable UUID membershipId, Authentication authentication,
                            RedirectAttributes redirect) {
        try {
            administration.removeMembership(id, membershipId, authentication.getName());
        } catch (AdministrationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/admin/users/" + id;
        }
        return saved(id, redirect);
    }

    private String detailPage(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("memberships", users.memberships(account.id()));
        model.addAttribute("teams", directory.teams());
        model.addAttribute("roles", List.of(Role.values()));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("clearanceForm")) {
            model.addAttribute("clearanceForm", ClearanceForm.of(users.clearance(account.id())));
        }
        model.addAttribute("classifications", List.of(Classification.values()));
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", new MembershipForm());
        }
        return DETAIL;
    }

    private static String saved(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/users/" + id;
    }

    private UserAccount user(UUID id) {
        return users.findById(id).orElseThrow(() -> new PartnerNotFoundException("user", id.toString()));
    }
}
