package be.stroomplan.deconfliction.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.deconfliction.Deconfliction;
import be.stroomplan.deconfliction.DeconflictionNotFound;
import be.stroomplan.deconfliction.OperationClash;
import be.stroomplan.deconfliction.TicketView;
import be.stroomplan.deconfliction.internal.DeconflictionIndex;
import be.stroomplan.deconfliction.internal.MagistrateInbox;
import be.stroomplan.deconfliction.internal.Operations;
import be.stroomplan.partners.UserProfile;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deconfliction API (DESIGN.md §7): checks, the requester’s tickets, the magistrate’s requests and
 * decisions, police operations and clashes.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class DeconflictionApiController {

    static final String REQUESTERS = "hasAnyRole('COAC_COORDINATOR', 'MAHO_COORDINATOR', 'INSPECTOR', 'CITY_OFFICER', 'INVESTIGATOR')";

    private final Deconfliction deconfliction;
    private final MagistrateInbox inbox;
    private final Operations operations;
    private final DeconflictionIndex index;
    private final DeconflictionUsers users;

    DeconflictionApiController(Deconfliction deconfliction, MagistrateInbox inbox, Operations operations, DeconflictionIndex index,
                               DeconflictionUsers users) {
        this.deconfliction = deconfliction;
        this.inbox = inbox;
        this.operations = operations;
        this.index = index;
        this.users = users;
    }

    record DecisionRequest(String decision, String conditions, LocalDate postponedUntil) {
    }

    record OperationRequest(String dossier, Instant from, Instant to, List<CheckItem> targets) {
    }

    /**
     * Per identifier CLEAR, or ON_HOLD with a ticket; a CLEAR result has no ticket field at all. The
     * result records are written as they are (no map per item).
     */
    @PostMapping("/api/v1/deconfliction/checks")
    @PreAuthorize(REQUESTERS)
    CheckResult check(@RequestBody CheckRequest request) {
        return deconfliction.check(users.current(), request);
    }

    @GetMapping("/api/v1/deconfliction/tickets/{id}")
    @PreAuthorize("isAuthenticated()")
    TicketView ticket(@PathVariable String id) {
        return deconfliction.ticket(users.current(), DeconflictionUsers.id(id, "ticket"))
                .orElseThrow(() -> new DeconflictionNotFound("ticket"));
    }

    @GetMapping("/api/v1/deconfliction/requests")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    MagistrateInbox.Page requests(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                  @RequestParam(defaultValue = "oldest") String sort) {
        return inbox.page(users.current(), !"newest".equals(sort), Math.max(0, page), Math.min(100, Math.max(1, size)));
    }

    @GetMapping("/api/v1/deconfliction/requests/{id}")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    MagistrateInbox.Details request(@PathVariable String id) {
        return inbox.request(users.current(), DeconflictionUsers.id(id, "request"));
    }

    @PostMapping("/api/v1/deconfliction/tickets/{id}/decision")
    @PreAuthorize("hasRole('KALI_MAGISTRATE')")
    Map<String, Object> decide(@PathVariable String id, @RequestBody DecisionRequest body) {
        UserProfile user = users.current();
        UUID ticket = DeconflictionUsers.id(id, "ticket");
        UUID request = inbox.decide(user, ticket, body == null ? null : body.decision(), body == null ? null : body.conditions(),
                body == null ? null : body.postponedUntil());
        return Map.of("ticket", ticket.toString(), "request", request.toString(), "decision", body.decision().strip());
    }

    @PostMapping("/api/v1/deconfliction/operations")
    @PreAuthorize("hasRole('INVESTIGATOR')")
    ResponseEntity<Map<String, Object>> operation(@RequestBody OperationRequest body) {
        UserProfile user = users.current();
        UUID dossier = body == null || body.dossier() == null ? null : DeconflictionUsers.id(body.dossier(), "dossier");
        Operations.Registered registered = operations.registerPolice(user, dossier, body == null ? null : body.from(),
                body == null ? null : body.to(), body == null ? null : body.targets());
        return ResponseEntity.created(URI.create("/api/v1/deconfliction/operations/" + registered.reference()))
                .body(Map.of("id", registered.reference().toString(), "clashes", registered.clashes()));
    }

    @DeleteMapping("/api/v1/deconfliction/operations/{id}")
    @PreAuthorize("hasRole('INVESTIGATOR')")
    ResponseEntity<Void> withdraw(@PathVariable String id) {
        operations.withdraw(users.current(), DeconflictionUsers.id(id, "operation"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/deconfliction/clashes")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> clashes(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String me = users.current().username();
        int bounded = Math.min(200, Math.max(1, size));
        List<OperationClash> clashes = operations.clashesFor(me, bounded, (long) Math.max(0, page) * bounded);
        return Map.of("items", clashes, "page", Math.max(0, page), "total", operations.countFor(me));
    }

    @PostMapping("/api/v1/deconfliction/index/rebuild")
    @PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
    Map<String, Object> rebuild() {
        return Map.of("rows", index.rebuild());
    }
}
