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
import be.stroomplan.cases.CaseWork;
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
import be.stroomplan.sharing.ItemContent;
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
 * A case the user does not take part in is 404.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("isAuthenticated()")
class CasePagesController {

    static final int PAGE_SIZE = 20;

    private final MahoCases cases;
    private final CaseWork work;
    private final MahoMeetings meetings;
    private final PartnerDirectory partners;
    private final CaseUsers users;
    private final MessageSource messages;

    CasePagesController(MahoCases cases, CaseWork work, MahoMeetings meetings, PartnerDirectory partners, CaseUsers users,
                        MessageSource messages) {
        this.messages = messages;
        this.cases = cases;
        this.work = work;
        this.meetings = meetings;
        this.partners = partners;
        this.users = users;
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
            List<ItemContent> items = form.getOrDefault("itemText", "").isBlank() ? List.of()
                    : List.of(new CaseItemRequest(form.get("itemCategory"), "NONE", "AMBER", "B", "2", "H0", null, null,
                            form.get("itemText"), null, null).content("items[0]."));
            MahoCase kase = cases.submit(users.current(), new CaseDraft(form.get("title"), form.get("signal"), form.get("urgency"),
                    subjects, items, participants, form.containsKey("confidentialParticipants")));
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
            model.addAttribute("view", cases.read(user, caseId));
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
        return act(id, redirect, "cases.acknowledged", caseId -> cases.acknowledge(users.current(), caseId));
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
        return act(id, redirect, "cases.moved", caseId -> cases.transition(users.current(), caseId,
                CaseApiController.parseStatus(to, "to"), reason, until, outcome));
    }

    @PostMapping("/{id}/participants")
    String invite(@PathVariable String id, @RequestParam String organisation, RedirectAttributes redirect) {
        return act(id, redirect, "cases.invited", caseId -> cases.invite(users.current(), caseId, organisation, null));
    }

    @PostMapping("/{id}/requests")
    String request(@PathVariable String id, @RequestParam String organisation, @RequestParam String question,
                   @RequestParam(required = false) LocalDate due, RedirectAttributes redirect) {
        return act(id, redirect, "cases.requested", caseId -> work.request(users.current(), caseId, organisation, question, due));
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable String id, @RequestParam String leadOrganisation, @RequestParam String rationale,
                  @RequestParam String intervention, @RequestParam(required = false) Integer months,
                  RedirectAttributes redirect) {
        return act(id, redirect, "cases.decided", caseId -> work.decide(users.current(), caseId, leadOrganisation, rationale, null,
                List.of(new CaseWork.InterventionDraft(intervention, leadOrganisation, null, null, months, rationale))));
    }

    @PostMapping("/{id}/actions")
    String assign(@PathVariable String id, @RequestParam String intervention, @RequestParam String title,
                  @RequestParam(required = false) String organisation, @RequestParam(required = false) String user,
                  @RequestParam(required = false) LocalDate due, RedirectAttributes redirect) {
        return act(id, redirect, "cases.assigned", caseId -> work.assign(users.current(), caseId,
                CaseUsers.id(intervention, "intervention"), title, blank(organisation), blank(user), due));
    }

    @PostMapping("/{id}/actions/{actionId}")
    String report(@PathVariable String id, @PathVariable String actionId, @RequestParam String status,
                  @RequestParam(required = false) String result, RedirectAttributes redirect) {
        return act(id, redirect, "cases.reported", caseId -> work.report(users.current(), caseId,
                CaseUsers.id(actionId, "action"), status, result));
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        UserProfile user = users.current();
        model.addAttribute("notifications", work.notifications(user));
        model.addAttribute("overdue", work.overdue(user));
        return "cases/notifications";
    }

    @PostMapping("/notifications/read")
    String read(RedirectAttributes redirect) {
        work.markRead(users.current());
        return "redirect:/cases/notifications";
    }

    @GetMapping("/meetings")
    String meetingList(Model model) {
        model.addAttribute("meetings", meetings.recent(users.current()));
        return "cases/meetings";
    }

    @PostMapping("/meetings")
    String plan(@RequestParam String caseId, @RequestParam LocalDateTime heldAt, @RequestParam String place,
                @RequestParam(required = false) List<String> attendees, RedirectAttributes redirect) {
        UUID id = CaseUsers.id(caseId, "case");
        try {
            var meeting = meetings.plan(users.current(), heldAt.atZone(ZoneId.of("Europe/Brussels")).toInstant(), place,
                    users.current().username(), attendees, List.of(id));
            return "redirect:/cases/meetings/" + meeting.id();
        } catch (InvalidCaseInput | CaseConflict | CaseRefused e) {
            redirect.addFlashAttribute("problemText", text(e));
            return "redirect:/cases/" + id;
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        try {
            model.addAttribute("meeting", meetings.read(users.current(), CaseUsers.id(id, "meeting")));
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "cases/meeting";
    }

    @PostMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable String id, @RequestParam String caseId, @RequestParam String minutes,
                   @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        UUID meeting = CaseUsers.id(id, "meeting");
        try {
            meetings.minutes(users.current(), meeting, CaseUsers.id(caseId, "case"), minutes, decision);
            redirect.addFlashAttribute("notice", "cases.minutesKept");
        } catch (InvalidCaseInput e) {
            redirect.addFlashAttribute("problemText", text(e));
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/meetings/" + meeting;
    }

    /** A refused change in the user's language: each field's problem, or the conflict or refusal. */
    private String text(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidCaseInput invalid) {
            return String.join("; ", invalid.problems().stream()
                    .map(p -> messages.getMessage("cases.field." + p.field(), null, p.field(), locale) + ": " + p.message(messages, locale))
                    .toList());
        }
        if (e instanceof CaseConflict conflict) {
            return messages.getMessage(conflict.code(), null, conflict.getMessage(), locale);
        }
        return messages.getMessage("policy.reason." + e.getMessage(), null, e.getMessage(), locale);
    }

    /** Runs one change of the case page and comes back to it with a notice or the problem. */
    private String act(String id, RedirectAttributes redirect, String notice, java.util.function.Consumer<UUID> change) {
        UUID caseId = CaseUsers.id(id, "case");
        try {
            change.accept(caseId);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidCaseInput | CaseConflict | CaseRefused e) {
            redirect.addFlashAttribute("problemText", text(e));
        } catch (CaseNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + caseId;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
