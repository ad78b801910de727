package be.stroomplan.deconfliction.release.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.CaseView;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.deconfliction.release.InvalidReleaseInput;
import be.stroomplan.deconfliction.release.ReleaseConflict;
import be.stroomplan.deconfliction.release.ReleaseNotFound;
import be.stroomplan.deconfliction.release.ReleaseRefused;
import be.stroomplan.deconfliction.release.ReleaseRequest;
import be.stroomplan.deconfliction.release.ReleaseRequests;
import be.stroomplan.deconfliction.release.ReleaseSelection;
import be.stroomplan.deconfliction.release.ReleaseStatus;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The release pages: the request form from a case page, the requester's status page, and for the
 * KALI magistrate the list of pending requests (oldest first, with the waiting time) and the
 * decision page (the dossiers in which the subject appears, an item's parts as checkboxes, a
 * summary, or a refusal with its reason).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReleasePagesController {

    static final int PAGE_SIZE = 20;

    private final ReleaseRequests requests;
    private final MahoCases cases;
    private final SubjectRegister subjects;
    private final ReleaseUsers users;
    private final MessageSource messages;

    ReleasePagesController(ReleaseRequests requests, MahoCases cases, SubjectRegister subjects, ReleaseUsers users,
                           MessageSource messages) {
        this.requests = requests;
        this.cases = cases;
        this.subjects = subjects;
        this.users = users;
        this.messages = messages;
    }

    @ExceptionHandler({ReleaseNotFound.class, CaseNotFound.class, SharingNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler({ReleaseRefused.class, CaseRefused.class, SharingRefused.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }

    @GetMapping("/cases/{caseId}/release-requests/new")
    String form(@PathVariable String caseId, Model model) {
        return form(CaseIds.of(caseId), model, Map.of(), null, null);
    }

    @PostMapping("/cases/{caseId}/release-requests/new")
    String ask(@PathVariable String caseId, @RequestParam(required = false) String subject,
               @RequestParam(required = false) String question, Model model) {
        UUID id = CaseIds.of(caseId);
        try {
            ReleaseRequest request = requests.ask(users.current(), id, subject, question);
            return "redirect:/release-requests/" + request.id();
        } catch (InvalidReleaseInput invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            Map<String, String> errors = new HashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.field(), messages.getMessage(p.code(), null, p.code(), locale),
                    (a, b) -> a + "; " + b));
            return form(id, model, errors, subject, question);
        }
    }

    private String form(UUID caseId, Model model, Map<String, String> errors, String subject, String question) {
        UserProfile user = users.current();
        CaseView view = cases.read(user, caseId);
        model.addAttribute("kase", view.kase());
        model.addAttribute("subjects", subjects.compartment(user, caseId.toString(), caseId.toString(), 0,
                SubjectRegister.MAX_PAGE).items());
        model.addAttribute("errors", errors);
        model.addAttribute("subject", subject);
        model.addAttribute("question", question);
        return "release/form";
    }

    @GetMapping("/release-requests/{id}")
    String status(@PathVariable String id, Model model) {
        model.addAttribute("request", requests.read(users.current(), ReleaseUsers.id(id)));
        return "release/status";
    }

    @GetMapping("/magistrate/releases")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var result = requests.page(users.current(), ReleaseStatus.PENDING, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("now", Instant.now());
        return "release/list";
    }

    @GetMapping("/magistrate/releases/{id}")
    String decision(@PathVariable String id, @RequestParam(required = false) String item, Model model) {
        UserProfile user = users.current();
        ReleaseRequest request = requests.read(user, ReleaseUsers.id(id));
        model.addAttribute("request", request);
        model.addAttribute("now", Instant.now());
        model.addAttribute("candidates", request.status() == ReleaseStatus.PENDING ? requests.candidates(user, request)
                : List.of());
        if (item != null && !item.isBlank() && request.status() == ReleaseStatus.PENDING) {
            model.addAttribute("source", requests.source(user, ReleaseUsers.id(item)).item());
        }
        return "release/decision";
    }

    @PostMapping("/magistrate/releases/{id}/approve")
    String approve(@PathVariable String id, @RequestParam String item, @RequestParam(defaultValue = "false") boolean title,
                   @RequestParam(defaultValue = "false") boolean text, @RequestParam(required = false) Set<String> fields,
                   @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        UUID requestId = ReleaseUsers.id(id);
        try {
            requests.approve(users.current(), requestId, new ReleaseSelection(ReleaseUsers.id(item), title, text, fields, summary));
            redirect.addFlashAttribute("notice", "release.approved");
            return "redirect:/magistrate/releases";
        } catch (InvalidReleaseInput | ReleaseConflict e) {
            redirect.addFlashAttribute("problemText", text(e));
            return "redirect:/magistrate/releases/" + requestId + "?item=" + item;
        }
    }

    @PostMapping("/magistrate/releases/{id}/refuse")
    String refuse(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        UUID requestId = ReleaseUsers.id(id);
        try {
            requests.refuse(users.current(), requestId, reason);
            redirect.addFlashAttribute("notice", "release.refused");
            return "redirect:/magistrate/releases";
        } catch (InvalidReleaseInput | ReleaseConflict e) {
            redirect.addFlashAttribute("problemText", text(e));
            return "redirect:/magistrate/releases/" + requestId;
        }
    }

    private String text(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidReleaseInput invalid) {
            return String.join("; ", invalid.problems().stream().map(p -> messages.getMessage(p.code(), null, p.code(), locale))
                    .toList());
        }
        return messages.getMessage("release.error.decided", null, e.getMessage(), locale);
    }
}
