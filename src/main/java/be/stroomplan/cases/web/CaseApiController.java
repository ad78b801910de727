package be.stroomplan.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.cases.CaseDraft;
import be.stroomplan.cases.CaseStatus;
import be.stroomplan.cases.CaseView;
import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.cases.MahoCase;
import be.stroomplan.cases.CaseTransitions;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.cases.Outcome;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.sharing.Acknowledgement;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemDraft;
import be.stroomplan.sharing.ItemPage;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.subjects.SubjectDraft;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MAHO cases API (DESIGN.md §5, §7): list, intake, the record, transitions, participants, the
 * 458ter acknowledgement, and the case's items. A case the user does not take part in is 404.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class CaseApiController {

    private final MahoCases cases;
    private final CaseTransitions transitions;
    private final InformationItems items;
    private final CaseUsers users;

    CaseApiController(MahoCases cases, CaseTransitions transitions, InformationItems items, CaseUsers users) {
        this.cases = cases;
        this.transitions = transitions;
        this.items = items;
        this.users = users;
    }

    record CaseRequest(String title, String signal, String urgency, List<SubjectDraft> subjects, List<ItemDraft> items,
                       List<String> participants, Boolean confidentialParticipants) {
    }

    record TransitionRequest(String to, String reason, LocalDate until, OutcomeRequest outcome) {
    }

    /** The outcome as sent; absent flags are false, absent counts zero. */
    record OutcomeRequest(LocalDate closureFrom, LocalDate closureTo, Boolean permitRefused, Boolean permitWithdrawn,
                          Boolean integrityInvestigation, java.math.BigDecimal taxAssessed, java.math.BigDecimal socialFines,
                          List<String> officialReports, Integer arrests, String seizures) {

        Outcome outcome() {
            return new Outcome(closureFrom, closureTo, Boolean.TRUE.equals(permitRefused), Boolean.TRUE.equals(permitWithdrawn),
                    Boolean.TRUE.equals(integrityInvestigation), taxAssessed, socialFines, officialReports,
                    arrests == null ? 0 : arrests, seizures);
        }
    }

    record ParticipantRequest(String organisation, Boolean confidential) {
    }

    @GetMapping("/api/v1/cases")
    Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(required = false) String partner,
                             @RequestParam(required = false) String track, @RequestParam(defaultValue = "false") boolean overdue,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                             @RequestParam(defaultValue = "submittedAt") String sort,
                             @RequestParam(defaultValue = "desc") String dir) {
        CaseStatus wanted = status == null || status.isBlank() ? null : parseStatus(status, "status");
        int pageSize = Math.min(Math.max(1, size), 200);
        var result = cases.list(users.current(), new CaseStore.Query(wanted, partner, track == null ? null
                : track.trim().toUpperCase(Locale.ROOT), overdue, sort, "asc".equalsIgnoreCase(dir), Math.max(0, page), pageSize, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.getKey().stream().map(CaseApiController::summary).toList());
        body.put("page", Math.max(0, page));
        body.put("size", pageSize);
        body.put("totalItems", result.getValue());
        body.put("totalPages", Math.max(1, (result.getValue() + pageSize - 1) / pageSize));
        return body;
    }

    @PostMapping(path = "/api/v1/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> submit(@RequestBody CaseRequest request) {
        List<ItemContent> contents = new ArrayList<>();
        List<ItemDraft> given = request.items() == null ? List.of() : request.items();
        for (int i = 0; i < given.size(); i++) {
            contents.add(CaseItems.content(given.get(i), "items[" + i + "]."));
        }
        MahoCase kase = cases.submit(users.current(), new CaseDraft(request.title(), request.signal(), request.urgency(),
                request.subjects(), contents, request.participants(), Boolean.TRUE.equals(request.confidentialParticipants())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + kase.id())).body(summary(kase));
    }

    @GetMapping("/api/v1/cases/{id}")
    Map<String, Object> read(@PathVariable String id) {
        return CaseJson.of(cases.read(users.current(), CaseUsers.id(id, "case")));
    }

    @PostMapping(path = "/api/v1/cases/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> transition(@PathVariable String id, @RequestBody TransitionRequest request) {
        UUID caseId = CaseUsers.id(id, "case");
        CaseStatus to = request.to() == null ? null : parseStatus(request.to(), "to");
        return summary(transitions.transition(users.current(), caseId, to, request.reason(), request.until(),
                request.outcome() == null ? null : request.outcome().outcome()));
    }

    @PostMapping(path = "/api/v1/cases/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> invite(@PathVariable String id, @RequestBody ParticipantRequest request) {
        UUID caseId = CaseUsers.id(id, "case");
        transitions.invite(users.current(), caseId, request.organisation(), request.confidential());
        return ResponseEntity.status(201).body(Map.of("id", caseId + ":" + request.organisation().trim(), "caseId", caseId,
                "organisation", request.organisation().trim()));
    }

    @PostMapping("/api/v1/cases/{id}/acknowledgements")
    ResponseEntity<Map<String, Object>> acknowledge(@PathVariable String id) {
        UUID caseId = CaseUsers.id(id, "case");
        Acknowledgement a = transitions.acknowledge(users.current(), caseId);
        return ResponseEntity.status(201).body(Map.of("id", a.id(), "caseId", caseId, "user", a.username(),
                "acknowledgedAt", a.acknowledgedAt(), "textVersion", a.textVersion()));
    }

    @PostMapping(path = "/api/v1/cases/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> addItem(@PathVariable String id, @RequestBody ItemDraft request,
                                                @RequestParam(required = false) String purpose) {
        UUID caseId = CaseUsers.id(id, "case");
        InformationItem item = cases.addItem(users.current(), caseId, CaseItems.content(request, ""), purpose);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", item.id());
        body.put("compartment", item.compartment());
        body.put("caseId", caseId);
        body.put("ownerOrganisation", item.ownerOrganisation());
        body.put("category", item.content().category());
        body.put("version", item.version());
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(body);
    }

    /** The case's items the user may read (the decision point's listing); before the acknowledgement: refused. */
    @GetMapping("/api/v1/cases/{id}/items")
    ItemPage items(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        UUID caseId = CaseUsers.id(id, "case");
        cases.participation(users.current(), caseId);
        return items.page(users.current(), caseId, caseId.toString(), Math.max(0, page), Math.min(Math.max(1, size), 200),
                ItemSort.CREATED, false);
    }

    static CaseStatus parseStatus(String value, String field) {
        try {
            return CaseStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput(field, "cases.error.oneOf",
                    String.join(", ", java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList()));
        }
    }

    static Map<String, Object> summary(MahoCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("reference", c.reference());
        m.put("title", c.title());
        m.put("urgency", c.urgency());
        m.put("status", c.status());
        m.put("onHoldUntil", c.onHoldUntil());
        m.put("submitterOrganisation", c.submitterOrganisation());
        m.put("submittedAt", c.submittedAt());
        return m;
    }

    /** The JSON of a case as a participant sees it. */
    static final class CaseJson {

        private CaseJson() {
        }

        static Map<String, Object> of(CaseView v) {
            Map<String, Object> m = summary(v.kase());
            m.put("signal", v.kase().signal());
            m.put("submittedBy", v.kase().submittedBy());
            m.put("screening", v.kase().screening());
            m.put("confidentialParticipants", v.kase().confidentialParticipants());
            m.put("participants", v.participants());
            m.put("participantsReduced", v.participantsReduced());
            m.put("coordinator", v.coordinator());
            m.put("history", v.history());
            m.put("notes", v.notes());
            m.put("informationRequests", v.requests());
            m.put("decisions", v.decisions());
            m.put("actions", v.actions());
            m.put("outcome", v.outcome().orElse(null));
            m.put("acknowledgedAt", v.acknowledgement() == null ? null : v.acknowledgement().acknowledgedAt());
            m.put("next", v.kase().status().next());
            return m;
        }
    }
}
