package be.stroomplan.deconfliction.release.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.deconfliction.release.InvalidReleaseInput;
import be.stroomplan.deconfliction.release.ReleaseCandidate;
import be.stroomplan.deconfliction.release.ReleaseRequest;
import be.stroomplan.deconfliction.release.ReleaseRequests;
import be.stroomplan.deconfliction.release.ReleaseSelection;
import be.stroomplan.deconfliction.release.ReleaseStatus;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;

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
 * Release requests over the API: a case participant asks and follows the status; the KALI
 * magistrate lists the requests with the dossiers in which the subject appears, and approves or
 * refuses. The requester’s view carries only the status, the decision, the refusal reason and the
 * released item’s id.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ReleaseApiController {

    private final ReleaseRequests requests;
    private final ReleaseUsers users;

    ReleaseApiController(ReleaseRequests requests, ReleaseUsers users) {
        this.requests = requests;
        this.users = users;
    }

    record AskRequest(String subject, String question) {
    }

    record ApproveRequest(String item, Boolean title, Boolean text, Set<String> fields, String summary) {
    }

    record RefuseRequest(String reason) {
    }

    @PostMapping(path = "/api/v1/cases/{caseId}/release-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ask(@PathVariable String caseId, @RequestBody AskRequest body) {
        UUID id = CaseIds.of(caseId);
        ReleaseRequest r = requests.ask(users.current(), id, body.subject(), body.question());
        return ResponseEntity.created(URI.create("/api/v1/release-requests/" + r.id())).body(requester(r));
    }

    @GetMapping("/api/v1/release-requests/{id}")
    Map<String, Object> read(@PathVariable String id) {
        UserProfile user = users.current();
        ReleaseRequest r = requests.read(user, ReleaseUsers.id(id));
        return user.hasRole(Role.KALI_MAGISTRATE) ? magistrate(r, requests.candidates(user, r)) : requester(r);
    }

    @GetMapping("/api/v1/release-requests")
    Map<String, Object> list(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        ReleaseStatus wanted;
        try {
            wanted = ReleaseStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReleaseInput("status", "release.error.status");
        }
        UserProfile user = users.current();
        var result = requests.page(user, wanted, Math.max(0, page), Math.min(Math.max(1, size), 100));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(r -> magistrate(r, requests.candidates(user, r))).toList());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("totalItems", result.totalItems());
        body.put("totalPages", result.totalPages());
        return body;
    }

    @PostMapping(path = "/api/v1/release-requests/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> approve(@PathVariable String id, @RequestBody ApproveRequest body) {
        UUID item = body.item() == null || body.item().isBlank() ? null : parseItem(body.item());
        ReleaseRequest r = requests.approve(users.current(), ReleaseUsers.id(id), new ReleaseSelection(item,
                Boolean.TRUE.equals(body.title()), Boolean.TRUE.equals(body.text()), body.fields(), body.summary()));
        return requester(r);
    }

    @PostMapping(path = "/api/v1/release-requests/{id}/refuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> refuse(@PathVariable String id, @RequestBody RefuseRequest body) {
        return requester(requests.refuse(users.current(), ReleaseUsers.id(id), body.reason()));
    }

    private static UUID parseItem(String item) {
        try {
            return UUID.fromString(item.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidReleaseInput("item", "release.error.item");
        }
    }

    /** What the requester learns: the status, the decision, the refusal reason, the released item. */
    static Map<String, Object> requester(ReleaseRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("caseId", r.caseId());
        m.put("subject", r.subjectId());
        m.put("status", r.status());
        m.put("decision", r.status() == ReleaseStatus.PENDING ? null : r.status());
        m.put("refusalReason", r.refusalReason());
        m.put("releasedItem", r.releasedItem());
        m.put("requestedAt", r.requestedAt());
        m.put("decidedAt", r.decidedAt());
        return m;
    }

    static Map<String, Object> magistrate(ReleaseRequest r, List<ReleaseCandidate> candidates) {
        Map<String, Object> m = requester(r);
        m.put("caseReference", r.caseReference());
        m.put("subject", Map.of("id", r.subjectId(), "name", r.subjectName(), "type", r.subjectType()));
        m.put("question", r.question());
        m.put("requestedBy", r.requestedBy());
        m.put("requesterOrganisation", r.requesterOrganisation());
        m.put("waitingSeconds", r.waiting(Instant.now()).toSeconds());
        m.put("decidedBy", r.decidedBy());
        m.put("sourceItem", r.sourceItem());
        m.put("dossiers", candidates.stream().map(c -> Map.of("id", c.dossier(), "noticeNumber", c.noticeNumber(),
                "title", c.title(), "items", c.items().stream().map(i -> Map.of("id", i.id(), "title", i.title(),
                        "category", i.category(), "ownerOrganisation", i.ownerOrganisation())).toList())).toList());
        return m;
    }
}
