package be.stroomplan.deconfliction.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.DeconflictionConflict;
import be.stroomplan.deconfliction.DeconflictionDecision;
import be.stroomplan.deconfliction.DeconflictionNotFound;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.internal.MagistrateInbox;
import be.stroomplan.deconfliction.internal.Operations;
import be.stroomplan.deconfliction.internal.RequesterTickets;
import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.UserProfile;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages: the magistrate’s inbox and a request with its decision forms, the requester’s tickets,
 * and the KALI police operation form with the user’s clashes.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DeconflictionPagesController {

    private static final int PAGE = 20;
    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

    private final MagistrateInbox inbox;
    private final RequesterTickets tickets;
    private final Operations operations;
    private final Dossiers dossiers;
    private final DeconflictionUsers users;
    private final MessageSource messages;

    DeconflictionPagesController(MagistrateInbox inbox, RequesterTickets tickets, Operations operations, Dossiers dossiers,
                                 DeconflictionUsers users, MessageSource messages) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.operations = operations;
        this.dossiers = dossiers;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/magistrate")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    String inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "oldest") String sort, Model model) {
        UserProfile user = users.current();
        boolean oldest = !"newest".equals(sort);
        model.addAttribute("result", inbox.page(user, oldest, Math.max(0, page), PAGE));
        model.addAttribute("pending", inbox.pending(user));
        model.addAttribute("sort", oldest ? "oldest" : "newest");
        return "deconfliction/inbox";
    }

    @GetMapping("/magistrate/requests/{id}")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    String request(@PathVariable String id, Model model) {
        model.addAttribute("request", inbox.request(users.current(), DeconflictionUsers.id(id, "request")));
        model.addAttribute("decisions", DeconflictionDecision.values());
        return "deconfliction/request";
    }

    @PostMapping("/magistrate/tickets/{id}/decision")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String conditions, @RequestParam(required = false) String postponedUntil,
                  Model model, Locale locale) {
        UserProfile user = users.current();
        UUID ticket = DeconflictionUsers.id(id, "ticket");
        try {
            LocalDate until = postponedUntil == null || postponedUntil.isBlank() ? null : LocalDate.parse(postponedUntil);
            UUID request = inbox.decide(user, ticket, decision, conditions, until);
            return "redirect:/magistrate/requests/" + request + "?decided";
        } catch (InvalidDeconflictionInput | DeconflictionConflict | DateTimeParseException problem) {
            String message = problem instanceof InvalidDeconflictionInput invalid ? invalid.problems().get(0).message(messages, locale)
                    : messages.getMessage(problem instanceof DeconflictionConflict ? "deconfliction.error.decided"
                            : "deconfliction.error.date", null, locale);
            model.addAttribute("error", message);
            model.addAttribute("errorTicket", ticket);
            model.addAttribute("decisions", DeconflictionDecision.values());
            model.addAttribute("request", inbox.request(user, inbox.requestOf(user, ticket)));
            return "deconfliction/request";
        }
    }

    @GetMapping("/deconfliction/tickets")
    String tickets(@RequestParam(defaultValue = "0") int page, Model model) {
        UserProfile user = users.current();
        model.addAttribute("result", tickets.page(user, Math.max(0, page), PAGE));
        return "deconfliction/tickets";
    }

    @GetMapping("/deconfliction/operations")
    @PreAuthorize("hasRole('INVESTIGATOR')")
    String operationsPage(Model model) {
        return operationsModel(model, null, null);
    }

    @PostMapping("/deconfliction/operations")
    @PreAuthorize("hasRole('INVESTIGATOR')")
    String register(@RequestParam(required = false) String dossier, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String targets, Model model,
                    Locale locale) {
        UserProfile user = users.current();
        try {
            Operations.Registered registered = operations.registerPolice(user,
                    dossier == null || dossier.isBlank() ? null : DeconflictionUsers.id(dossier, "dossier"), moment(from),
                    moment(to), targets(targets));
            model.addAttribute("registered", registered);
            return operationsModel(model, null, null);
        } catch (InvalidDeconflictionInput invalid) {
            return operationsModel(model, invalid.problems().get(0).field() + ": " + invalid.problems().get(0).message(messages, locale),
                    targets);
        } catch (DeconflictionNotFound | DateTimeParseException missing) {
            return operationsModel(model, messages.getMessage("deconfliction.error.operation", null, locale), targets);
        }
    }

    private String operationsModel(Model model, String error, String targets) {
        UserProfile user = users.current();
        List<Dossier> readable = new ArrayList<>(dossiers.byIds(dossiers.readableIds(user)));
        readable.removeIf(d -> !d.status().active());
        readable.sort(Comparator.comparing(Dossier::title));
        model.addAttribute("dossiers", readable);
        model.addAttribute("clashes", operations.clashesFor(user.username(), 50, 0));
        model.addAttribute("error", error);
        model.addAttribute("targets", targets);
        return "deconfliction/operations";
    }

    /** A datetime-local value, in Brussels time. */
    private static Instant moment(String value) {
        return value == null || value.isBlank() ? null : LocalDateTime.parse(value).atZone(BRUSSELS).toInstant();
    }

    /** One target a line: ‘TYPE value’. */
    private static List<CheckItem> targets(String text) {
        List<CheckItem> items = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    int space = stripped.indexOf(' ');
                    items.add(space < 0 ? CheckItem.of(stripped, "") : CheckItem.of(stripped.substring(0, space),
                            stripped.substring(space + 1).strip()));
                }
            }
        }
        return items;
    }

    @ExceptionHandler(DeconflictionNotFound.class)
    void notFound() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
