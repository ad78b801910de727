package be.stroomplan.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.cases.ActionStatus;
import be.stroomplan.cases.CaseConflict;
import be.stroomplan.cases.CaseDraft;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.CaseStatus;
import be.stroomplan.cases.CaseTransitions;
import be.stroomplan.cases.CaseView;
import be.stroomplan.cases.Meeting;
import be.stroomplan.cases.Intervention;
import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.cases.MahoCase;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.cases.MahoMeetings;
import be.stroomplan.cases.Outcome;
import be.stroomplan.cases.Track;
import be.stroomplan.cases.Urgency;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemDraft;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.subjects.SubjectDraft;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: the list with filters, paging and sorting; the intake form (re-rendered with its
 * messages); the case page (the acknowledgement screen first, then timeline, participants,
 * information requests, decision, actions, outcome and the coordinator's forms); the notifications.
 * A case the user does not take part in is 404. The work on the case and the meetings have their
 * own controllers.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("isAuthenticated()")
class CasePagesController {

    static final int PAGE_SIZE = 20;

    private final MahoCases cases;
    private final CaseTransitions transitions;
    private final MahoMeetings meetings;
    private final InformationItems items;
    private final PartnerDirectory partners;
    private final CaseUsers users;
    private final CasePageActions forms;
    private final MessageSource messages;

    CasePagesController(MahoCases cases, CaseTransitions transitions, MahoMeetings meetings, InformationItems items,
                        PartnerDirectory partners, CaseUsers users, CasePageActions forms, MessageSource messages) {
        this.cases = cases;
        this.transitions = transitions;
        this.meetings = meetings;
        this.items = items;
        this.partners = partners;
        this.users = users;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String partner,
                @RequestParam(required = false) String track, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "submittedAt") String sort,
                @RequestParam(defaultValue = "desc") String dir, Model model) {
        CaseStatus wanted = null;
        try {
            wanted = status == null || status.isBlank() ? null : CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            wanted = null;
        }
        UserProfile user = users.current();
        var result = cases.list(user, new CaseStore.Query(wanted, blank(partner), blank(track), overdue, sort,
                "asc".equalsIgnoreCase(dir), Math.max(0, page), PAGE_SIZE, null));
        long total = result.getValue();
        model.addAttribute("cases", result.getKey());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("totalPages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("organisations", partners.organisations());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("partner", partner == null ? "" : partner);
        model.addAttribute("track", track == null ? "" : track);
        model.addAttribute("overdue", overdue);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("maySubmit", MahoCases.maySubmit(user));
        String query = "status=" + model.getAttribute("status") + "&partner=" + model.getAttribute("partner") + "&track="
                + model.getAttribute("track") + "&overdue=" + overdue + "&sort=" + sort + "&dir=" + dir;
        model.addAttribute("query", query);
        return "cases/list";
    }

    @GetMapping("/new")
    String intake(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/new")
    String submit(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> participants,
                  Model model, RedirectAttributes redirect) {
        List<SubjectDraft> subjects = new ArrayList<>();
        if (!form.getOrDefault("subjectName", "").isBlank()) {
            List<SubjectDraft.IdentifierInput> identifiers = form.getOrDefault("identifierValue", "").isBlank() ? List.of()
                    : List.of(new SubjectDraft.IdentifierInput(form.get("identifierType"), form.get("identifierValue")));
            subjects.add(new SubjectDraft(null, form.get("subjectType"), form.get("subjectName"), null, null, null, null, null,
                    null, "OTHER", true, identifiers, null));
        }
        try {
            List<ItemContent> contents = form.getOrDefault("itemText", "").isBlank() ? List.of()
                    : List.of(CaseItems.content(new ItemDraft(form.get("itemCategory"), null, null, null, null, null, null, null,
                            form.get("itemText"), null, null), "items[0]."));
            MahoCase kase = cases.submit(users.current(), new CaseDraft(form.get("title"), form.get("signal"), form.get("urgency"),
                    subjects, contents, participants, form.containsKey("confidentialParticipants")));
            redirect.addFlashAttribute("notice", "cases.submitted");
            return "redirect:/cases/" + kase.id();
        } catch (InvalidCaseInput invalid) {
            Map<String, String> errors = new HashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.field().startsWith("subjects[0].") ? "subject" : p.field(),
                    p.message(messages, LocaleContextHolder.getLocale()), (a, b) -> a + "; " + b));
            return form(model, form, errors);
        } catch (CaseRefused refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("organisations", partners.organisations());
        return "cases/form";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Model model) {
        UUID caseId = CaseUsers.id(id, "case");
        UserProfile user = users.current();
        try {
            var participation = cases.participation(user, caseId);
            if (!participation.acknowledged()) {
                model.addAttribute("kase", participation.kase());
                return "cases/acknowledge";
            }
            CaseView view = cases.read(user, caseId);
            model.addAttribute("view", view);
            model.addAttribute("myRequests", view.requestsTo(user.organisation().code()));
            model.addAttribute("answerItems", view.requestsTo(user.organisation().code()).stream().anyMatch(r -> !r.answered())
                    ? items.page(user, caseId, caseId.toString(), 0, 50, ItemSort.CREATED, false).items() : List.of());
            Map<UUID, Meeting> decidedIn = new HashMap<>();
            view.decisions().stream().filter(d -> d.meeting() != null)
                    .forEach(d -> meetings.find(d.meeting()).ifPresent(m -> decidedIn.put(d.id(), m)));
            model.addAttribute("decidedIn", decidedIn);
            model.addAttribute("caseMeetings", view.coordinator() ? meetings.ofCase(caseId) : List.of());
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("interventions", Intervention.values());
        model.addAttribute("organisations", partners.organisations());
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("today", LocalDate.now(ZoneId.of("Europe/Brussels")));
        return "cases/case";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable String id, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.acknowledged", caseId -> transitions.acknowledge(users.current(), caseId));
    }

    @PostMapping("/{id}/transition")
    String transition(@PathVariable String id, @RequestParam String to, @RequestParam String reason,
                      @RequestParam(required = false) LocalDate until, @RequestParam(required = false) LocalDate closureFrom,
                      @RequestParam(required = false) LocalDate closureTo, @RequestParam(required = false) BigDecimal taxAssessed,
                      @RequestParam(required = false) BigDecimal socialFines, @RequestParam(required = false) String officialReports,
                      @RequestParam(defaultValue = "0") int arrests, @RequestParam(required = false) String seizures,
                      @RequestParam(defaultValue = "false") boolean permitWithdrawn, RedirectAttributes redirect) {
        Outcome outcome = "CLOSED".equals(to) ? new Outcome(closureFrom, closureTo, false, permitWithdrawn, false, taxAssessed,
                socialFines, officialReports == null || officialReports.isBlank() ? List.of()
                : List.of(officialReports.trim().split("\\s*,\\s*")), arrests, seizures) : null;
        return forms.act(id, redirect, "cases.moved", caseId -> transitions.transition(users.current(), caseId,
                CaseApiController.parseStatus(to, "to"), reason, until, outcome));
    }

    @PostMapping("/{id}/participants")
    String invite(@PathVariable String id, @RequestParam String organisation, RedirectAttributes redirect) {
        return forms.act(id, redirect, "cases.invited", caseId -> transitions.invite(users.current(), caseId, organisation, null));
    }

    private static String blank(String value) {
        return CasePageActions.blank(value);
    }

}
