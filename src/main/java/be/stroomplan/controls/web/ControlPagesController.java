package be.stroomplan.controls.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.controls.ControlConflict;
import be.stroomplan.controls.ControlDraft;
import be.stroomplan.controls.ControlNotFound;
import be.stroomplan.controls.ControlPage;
import be.stroomplan.controls.ControlRefused;
import be.stroomplan.controls.ControlResults;
import be.stroomplan.controls.ControlType;
import be.stroomplan.controls.ControlView;
import be.stroomplan.controls.Controls;
import be.stroomplan.controls.InvalidControlInput;
import be.stroomplan.controls.ResultDraft;
import be.stroomplan.dossiers.SeizureKind;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.subjects.SubjectDraft;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The COAC pages: the planner (a month calendar and the paged, sortable list), the plan form, the
 * action page and the result entry for a service in the field (one column, for a phone). An action
 * the user does not take part in is 404.
 */
@Controller
@RequestMapping("/controls")
@PreAuthorize("isAuthenticated()")
class ControlPagesController {

    static final int PAGE_SIZE = 20;

    private final Controls controls;
    private final ControlResults results;
    private final PartnerDirectory partners;
    private final Compartments compartments;
    private final ControlUsers users;
    private final MessageSource messages;

    ControlPagesController(Controls controls, ControlResults results, PartnerDirectory partners, Compartments compartments,
                           ControlUsers users, MessageSource messages) {
        this.controls = controls;
        this.results = results;
        this.partners = partners;
        this.compartments = compartments;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String planner(@RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "startsAt") String sort, @RequestParam(defaultValue = "desc") String dir,
                   Model model) {
        UserProfile user = users.current();
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(CalendarMonth.BRUSSELS) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            shown = YearMonth.now(CalendarMonth.BRUSSELS);
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("calendar", CalendarMonth.of(shown, controls.month(user, shown), locale));
        model.addAttribute("previousMonth", shown.minusMonths(1).toString());
        model.addAttribute("nextMonth", shown.plusMonths(1).toString());
        String column = List.of("startsAt", "reference", "name", "type", "status").contains(sort) ? sort : "startsAt";
        ControlPage list = controls.list(user, column, "asc".equalsIgnoreCase(dir), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("actions", list.items());
        model.addAttribute("page", list.page());
        model.addAttribute("totalPages", list.totalPages());
        model.addAttribute("sort", column);
        model.addAttribute("dir", "asc".equalsIgnoreCase(dir) ? "asc" : "desc");
        model.addAttribute("month", shown.toString());
        model.addAttribute("mayPlan", Controls.mayPlan(user));
        return "controls/planner";
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/new")
    String plan(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> services, Model model,
                RedirectAttributes redirect) {
        List<ControlDraft.ServiceDraft> chosen = new ArrayList<>();
        for (String organisation : services == null ? List.<String>of() : services) {
            Integer staff = null;
            try {
                staff = Integer.valueOf(form.getOrDefault("staff-" + organisation, "").trim());
            } catch (NumberFormatException e) {
                staff = null;
            }
            List<String> checklist = form.getOrDefault("checklist-" + organisation, "").lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
            chosen.add(new ControlDraft.ServiceDraft(organisation, staff, checklist));
        }
        List<ControlDraft.TargetDraft> targets = new ArrayList<>();
        if (!form.getOrDefault("subjectId", "").isBlank()) {
            targets.add(new ControlDraft.TargetDraft(form.get("subjectId"), null));
        } else if (!form.getOrDefault("targetName", "").isBlank()) {
            List<SubjectDraft.IdentifierInput> identifiers = form.getOrDefault("identifierValue", "").isBlank() ? List.of()
                    : List.of(new SubjectDraft.IdentifierInput(form.get("identifierType"), form.get("identifierValue")));
            targets.add(new ControlDraft.TargetDraft(null, new SubjectDraft(null, form.get("targetType"), form.get("targetName"),
                    null, null, null, null, null, null, "OTHER", true, identifiers, null)));
        }
        List<String> cases = form.getOrDefault("case", "").isBlank() ? List.of() : List.of(form.get("case"));
        List<String> dossiers = form.getOrDefault("dossier", "").isBlank() ? List.of() : List.of(form.get("dossier"));
        try {
            var action = controls.plan(users.current(), new ControlDraft(form.get("name"), form.get("type"), form.get("date"),
                    form.get("from"), form.get("to"), form.get("area"), targets, chosen, cases, dossiers));
            redirect.addFlashAttribute("notice", "controls.planned");
            return "redirect:/controls/" + action.id();
        } catch (InvalidControlInput invalid) {
            Map<String, String> errors = new HashMap<>();
            Locale locale = LocaleContextHolder.getLocale();
            invalid.problems().forEach(p -> errors.merge(field(p.field()), p.message(messages, locale), (a, b) -> a + "; " + b));
            return form(model, form, errors);
        } catch (ControlRefused refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The form field a problem belongs to (services[0].staff and targets[0].subject.name have one field each). */
    private static String field(String field) {
        if (field.startsWith("targets[0].subjectId")) {
            return "subjectId";
        }
        if (field.startsWith("targets[0].")) {
            return "target";
        }
        if (field.startsWith("services")) {
            return "services";
        }
        return field.replaceAll("\\[\\d+]", "");
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        UserProfile user = users.current();
        if (!Controls.mayPlan(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ControlType.values());
        model.addAttribute("organisations", partners.organisations());
        model.addAttribute("cases", compartments.memberships(user, CompartmentKind.CASE).stream()
                .map(id -> compartments.find(id).orElse(null)).filter(c -> c != null).toList());
        return "controls/form";
    }

    @GetMapping("/{id}")
    String action(@PathVariable String id, Model model) {
        ControlView view = read(id);
        model.addAttribute("view", view);
        model.addAttribute("service", results.isService(users.current(), view.action().id()));
        model.addAttribute("organisation", users.current().organisation().code());
        return "controls/action";
    }

    @PostMapping("/{id}/transition")
    String transition(@PathVariable String id, @RequestParam String to, @RequestParam(required = false) String reason,
                      RedirectAttributes redirect) {
        return act(id, redirect, "controls.moved",
                actionId -> controls.transition(users.current(), actionId, ControlApiController.status(to), reason));
    }

    @PostMapping("/{id}/checklist/{line}")
    String check(@PathVariable String id, @PathVariable String line, @RequestParam(defaultValue = "false") boolean done,
                 RedirectAttributes redirect) {
        return act(id, redirect, "controls.checked",
                actionId -> results.check(users.current(), actionId, ControlUsers.id(line, "checklist line"), done));
    }

    @GetMapping("/{id}/results")
    String resultForm(@PathVariable String id, Model model) {
        ControlView view = read(id);
        model.addAttribute("view", view);
        model.addAttribute("organisation", users.current().organisation().code());
        model.addAttribute("seizureKinds", SeizureKind.values());
        model.addAttribute("visitable", view.targets().stream().filter(t -> t.visitable()).toList());
        return "controls/results";
    }

    @PostMapping("/{id}/results")
    String enter(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        UUID actionId = pageId(id);
        List<String> reports = form.getOrDefault("officialReports", "").isBlank() ? List.of()
                : List.of(form.get("officialReports").trim().split("\\s*,\\s*"));
        ResultDraft draft = new ResultDraft(form.get("target"), form.get("findings"), reports, number(form.get("violations")),
                form.get("violationKind"), form.get("closureUntil"), form.get("seizureKind"), amount(form.get("seizureQuantity")),
                amount(form.get("seizureValue")), number(form.get("arrests")), amount(form.get("fines")));
        try {
            results.enter(users.current(), actionId, draft);
            redirect.addFlashAttribute("notice", "controls.resultEntered");
            return "redirect:/controls/" + actionId;
        } catch (InvalidControlInput | ControlConflict | ControlRefused e) {
            redirect.addFlashAttribute("problemText", text(e));
            return "redirect:/controls/" + actionId + "/results";
        } catch (ControlNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/{id}/briefing.pdf")
    ResponseEntity<byte[]> briefing(@PathVariable String id) {
        try {
            UUID actionId = ControlUsers.id(id, "control action");
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .body(controls.briefing(users.current(), actionId, LocaleContextHolder.getLocale()));
        } catch (ControlNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private ControlView read(String id) {
        try {
            return controls.read(users.current(), ControlUsers.id(id, "control action"));
        } catch (ControlNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A malformed id is a missing action: 404 like any other (an uncaught ControlNotFound would be a 500 here). */
    private static UUID pageId(String id) {
        try {
            return ControlUsers.id(id, "control action");
        } catch (ControlNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String act(String id, RedirectAttributes redirect, String notice, java.util.function.Consumer<UUID> change) {
        UUID actionId = pageId(id);
        try {
            change.accept(actionId);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidControlInput | ControlConflict | ControlRefused e) {
            redirect.addFlashAttribute("problemText", text(e));
        } catch (ControlNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/controls/" + actionId;
    }

    private String text(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidControlInput invalid) {
            return String.join("; ", invalid.problems().stream().map(p -> messages.getMessage("controls.field."
                    + p.field().replaceAll("\\[\\d+]", ""), null, p.field(), locale) + ": " + p.message(messages, locale)).toList());
        }
        if (e instanceof ControlConflict conflict) {
            return messages.getMessage(conflict.code(), null, conflict.getMessage(), locale);
        }
        return messages.getMessage("controls.reason." + e.getMessage(), null, e.getMessage(), locale);
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
