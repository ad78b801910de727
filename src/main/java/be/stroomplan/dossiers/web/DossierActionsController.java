package be.stroomplan.dossiers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import be.stroomplan.dossiers.ArrestDraft;
import be.stroomplan.dossiers.DossierConflict;
import be.stroomplan.dossiers.DossierNotFound;
import be.stroomplan.dossiers.DossierRefused;
import be.stroomplan.dossiers.DossierWork;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.dossiers.InvalidDossierInput;
import be.stroomplan.dossiers.SeizureDraft;
import be.stroomplan.dossiers.TaskDraft;
import be.stroomplan.dossiers.internal.DossierGate;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.retention.LegalHolds;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.RelationDraft;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the dossier page: each posts, acts through the module’s API and comes back to the
 * page with a notice, or with the messages of what was wrong. A dossier the user may not know is
 * 404 here too.
 */
@Controller
@RequestMapping("/dossiers/{id}")
@PreAuthorize("isAuthenticated()")
class DossierActionsController {

    private final Dossiers dossiers;
    private final DossierWork work;
    private final DossierGate gate;
    private final LegalHolds holds;
    private final DossierUsers users;
    private final MessageSource messages;

    DossierActionsController(Dossiers dossiers, DossierWork work, DossierGate gate, LegalHolds holds, DossierUsers users,
                             MessageSource messages) {
        this.dossiers = dossiers;
        this.work = work;
        this.gate = gate;
        this.holds = holds;
        this.users = users;
        this.messages = messages;
    }

    @PostMapping("/subjects")
    String subject(@PathVariable String id, @RequestParam(required = false) String type, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String identifierType, @RequestParam(required = false) String identifierValue,
                   @RequestParam(required = false) String category, Locale locale, RedirectAttributes redirect) {
        List<SubjectDraft.IdentifierInput> identifiers = identifierValue == null || identifierValue.isBlank() ? List.of()
                : List.of(new SubjectDraft.IdentifierInput(identifierType, identifierValue));
        SubjectDraft draft = new SubjectDraft(null, type, name, null, null, null, null, List.of(), null, category, false,
                identifiers, List.of());
        return act(id, locale, redirect, "subjects", user -> work.addSubject(user, id, null, draft, category));
    }

    @PostMapping("/relations")
    String relation(@PathVariable String id, @RequestParam(required = false) String source,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String target, Locale locale,
                    RedirectAttributes redirect) {
        return act(id, locale, redirect, "subjects",
                user -> work.relate(user, id, source, new RelationDraft(type, target, null, null, null, null)));
    }

    @PostMapping("/seizures")
    String seizure(@PathVariable String id, @RequestParam(required = false) String kind, @RequestParam(required = false) String drugType,
                   @RequestParam(required = false) String quantityKg, @RequestParam(required = false) String amountEur,
                   @RequestParam(required = false) String count, @RequestParam(required = false) String description,
                   @RequestParam(required = false) String seizedOn, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "seizures", user -> work.addSeizure(user, id,
                new SeizureDraft(kind, drugType, quantityKg, amountEur, count, description, seizedOn)));
    }

    @PostMapping("/arrests")
    String arrest(@PathVariable String id, @RequestParam(required = false) String subject,
                  @RequestParam(required = false) String arrestedOn, @RequestParam(required = false) String place, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, locale, redirect, "arrests", user -> work.addArrest(user, id, new ArrestDraft(subject, arrestedOn, place)));
    }

    @PostMapping("/tasks")
    String task(@PathVariable String id, @RequestParam(required = false) String title, @RequestParam(required = false) String assignee,
                @RequestParam(required = false) String dueOn, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "tasks", user -> work.addTask(user, id, new TaskDraft(title, assignee, dueOn)));
    }

    @PostMapping("/tasks/{taskId}/done")
    String done(@PathVariable String id, @PathVariable String taskId, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "tasks", user -> work.taskDone(user, id, taskId));
    }

    @PostMapping("/transitions")
    String transition(@PathVariable String id, @RequestParam(required = false) String to, @RequestParam(required = false) String reason,
                      @RequestParam(required = false) String judge, @RequestParam(required = false) String joinedInto,
                      Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "status", user -> dossiers.transition(user, id, to, reason, judge, joinedInto));
    }

    @PostMapping("/embargo")
    String embargo(@PathVariable String id, @RequestParam boolean embargo, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "status", user -> dossiers.embargo(user, id, embargo));
    }

    @PostMapping("/items/{itemId}/approve-summary")
    String approve(@PathVariable String id, @PathVariable String itemId, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "items", user -> dossiers.approveSummary(user, id, itemId));
    }

    @PostMapping("/members")
    String member(@PathVariable String id, @RequestParam(required = false) String username, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, locale, redirect, "members", user -> dossiers.addMember(user, id, username, null));
    }

    @PostMapping("/members/remove")
    String removeMember(@PathVariable String id, @RequestParam(required = false) String username, Locale locale,
                        RedirectAttributes redirect) {
        return act(id, locale, redirect, "members", user -> dossiers.removeMember(user, id, username));
    }

    @PostMapping("/links")
    String link(@PathVariable String id, @RequestParam(required = false) String dossier, @RequestParam(required = false) String reason,
                Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "links", user -> dossiers.link(user, id, dossier, reason));
    }

    /** The legal hold of the retention module, placed or lifted by the dossier’s magistrate. */
    @PostMapping("/hold")
    String hold(@PathVariable String id, @RequestParam(defaultValue = "true") boolean place, @RequestParam(required = false) String reason,
                Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "hold", user -> {
            var access = gate.magistrate(user, id, place ? "legal hold placed" : "legal hold lifted");
            if (reason == null || reason.isBlank()) {
                throw InvalidDossierInput.of("reason", "dossiers.error.required");
            }
            if (place) {
                holds.place(access.id(), reason, user.username());
            } else {
                holds.lift(access.id(), reason, user.username());
            }
        });
    }

    private String act(String id, Locale locale, RedirectAttributes redirect, String section, Consumer<UserProfile> action) {
        java.util.UUID dossierId;
        try {
            dossierId = DossierGate.id(id);
        } catch (DossierNotFound malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> problems = new ArrayList<>();
        try {
            action.accept(users.current());
            redirect.addFlashAttribute("notice", "dossiers.detail.saved");
        } catch (DossierNotFound | SharingNotFound missing) {
            if (missing instanceof DossierNotFound && !"dossier".equals(missing.getMessage())) {
                problems.add(messages.getMessage("dossiers.error.state", null, locale));
            } else {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (SubjectNotFound missing) {
            problems.add(messages.getMessage("dossiers.error.subject", null, locale));
        } catch (InvalidDossierInput invalid) {
            invalid.problems().forEach(p -> problems.add(label(p.field(), locale)
                    + messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)));
        } catch (InvalidSubjectInput invalid) {
            invalid.problems().forEach(p -> problems.add(p.field() + ": " + messages.getMessage(p.message(), locale)));
        } catch (InvalidSharingInput invalid) {
            invalid.problems().forEach(p -> problems.add(p.field() + ": " + p.message()));
        } catch (DossierConflict conflict) {
            problems.add(messages.getMessage(conflict.code(), null, conflict.getMessage(), locale));
        } catch (SharingConflict | IllegalStateException conflict) {
            problems.add(messages.getMessage("dossiers.error.state", null, locale));
        } catch (DossierRefused | SubjectRefused | SharingRefused refused) {
            problems.add(messages.getMessage("dossiers.detail.refused", null, locale));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("problemSection", section);
        }
        return "redirect:/dossiers/" + dossierId + "#" + section;
    }

    private String label(String field, Locale locale) {
        String base = field.replaceAll("\\[\\d+]", "");
        for (String prefix : List.of("dossiers.seizure.", "dossiers.arrest.", "dossiers.task.", "dossiers.field.")) {
            String key = prefix + base;
            String text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text + ": ";
            }
        }
        return "";
    }
}
