package be.stroomplan.subjects.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.SubjectType;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's pages: search (a purpose is required; results ranked and paged), a subject with
 * its identifiers, relations and candidate matches (confirm or reject), and the create form of a
 * compartment the user writes in, with translated field errors.
 */
@Controller
@RequestMapping("/subjects")
@PreAuthorize("isAuthenticated()")
class SubjectPagesController {

    static final int PAGE_SIZE = 20;

    private final SubjectRegister register;
    private final SubjectUsers users;
    private final MessageSource messages;

    SubjectPagesController(SubjectRegister register, SubjectUsers users, MessageSource messages) {
        this.register = register;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String compartment,
                  @RequestParam(required = false) String justification, @RequestParam(defaultValue = "0") int page,
                  Locale locale, Model model) {
        UserProfile user = users.current();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("compartment", compartment == null ? "" : compartment);
        model.addAttribute("justification", justification == null ? "" : justification);
        model.addAttribute("compartments", register.readableCompartments(user));
        model.addAttribute("writable", !register.writableCompartments(user).isEmpty());
        Map<String, String> errors = new HashMap<>();
        model.addAttribute("errors", errors);
        if (q != null) {
            String purpose = compartment != null && !compartment.isBlank() ? compartment : justification;
            try {
                model.addAttribute("result", register.search(user, q, purpose, Math.max(0, page), PAGE_SIZE));
            } catch (InvalidSubjectInput invalid) {
                invalid.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.message(), locale)));
            } catch (SubjectRefused refused) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
        }
        return "subjects/search";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String compartment, Model model) {
        SubjectForm form = new SubjectForm();
        form.setCompartment(compartment);
        model.addAttribute("subjectForm", form);
        return form(model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute SubjectForm subjectForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Subject subject = register.create(users.current(), subjectForm.draft());
            redirect.addFlashAttribute("notice", "subjects.saved");
            return "redirect:/subjects/" + subject.id();
        } catch (InvalidSubjectInput invalid) {
            invalid.problems().forEach(p -> binding.rejectValue(SubjectForm.field(p.field()), p.message().getCodes()[0],
                    p.message().getArguments(), p.message().getDefaultMessage()));
            return form(model);
        } catch (SubjectNotFound | SubjectRefused refused) {
            binding.rejectValue("compartment", "subjects.new.none");
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("compartments", register.writableCompartments(users.current()));
        model.addAttribute("types", SubjectType.values());
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("identifierTypes", IdentifierType.values());
        return "subjects/form";
    }

    @GetMapping("/{id}")
    String subject(@PathVariable String id, Model model) {
        UserProfile user = users.current();
        Subject subject = guarded(() -> register.read(user, id, null));
        List<Relation> relations = register.relations(user, subject);
        Set<UUID> others = new HashSet<>();
        relations.forEach(r -> {
            others.add(r.source());
            others.add(r.target());
        });
        Map<UUID, Subject> names = register.readableSubjects(user, others);
        model.addAttribute("subject", subject);
        model.addAttribute("relations", relations);
        model.addAttribute("names", names);
        model.addAttribute("matches", guarded(() -> register.matches(user, id, subject.compartment().toString())));
        return "subjects/detail";
    }

    @PostMapping("/{id}/matches/{otherId}")
    String decide(@PathVariable String id, @PathVariable String otherId, @RequestParam String decision, RedirectAttributes redirect) {
        try {
            register.decide(users.current(), id, otherId, decision);
            redirect.addFlashAttribute("notice", "subjects.decided");
        } catch (InvalidSubjectInput | SubjectRefused refused) {
            redirect.addFlashAttribute("problem", "policy.reason.ROLE_NOT_ALLOWED");
        } catch (SubjectNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/subjects/" + id;
    }

    private static <T> T guarded(Supplier<T> action) {
        try {
            return action.get();
        } catch (SubjectNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (SubjectRefused refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

}
