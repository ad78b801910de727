package be.stroomplan.dossiers.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierDraft;
import be.stroomplan.dossiers.DossierPage;
import be.stroomplan.dossiers.DossierStatus;
import be.stroomplan.dossiers.DossierSummaries;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.dossiers.DossierWork;
import be.stroomplan.dossiers.InvalidDossierInput;
import be.stroomplan.dossiers.internal.DossierStore;
import be.stroomplan.protocols.CompartmentRole;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossiers API (DESIGN.md §5 and §7): list, open, read a dossier; its status moves, embargo,
 * members, links and timeline. A dossier the user may not know answers 404, like one that does
 * not exist.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@PreAuthorize("isAuthenticated()")
class DossierApiController {

    static final int MAX_PAGE = 200;

    private final Dossiers dossiers;
    private final DossierWork work;
    private final DossierSummaries summaries;
    private final DossierUsers users;

    DossierApiController(Dossiers dossiers, DossierWork work, DossierSummaries summaries, DossierUsers users) {
        this.dossiers = dossiers;
        this.work = work;
        this.summaries = summaries;
        this.users = users;
    }

    @GetMapping
    DossierJson.Page list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "CREATED") String sort,
                          @RequestParam(defaultValue = "desc") String dir, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size) {
        DossierStatus wanted = parse(DossierStatus.class, "status", status);
        DossierStore.Sort by = parse(DossierStore.Sort.class, "sort", sort);
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw InvalidDossierInput.of(page < 0 ? "page" : "size", "dossiers.error.pageSize", MAX_PAGE);
        }
        DossierPage result = dossiers.page(users.current(), wanted, by, "asc".equalsIgnoreCase(dir), page, size);
        return new DossierJson.Page(result.items().stream().map(DossierJson.Summary::of).toList(), result.page(), result.size(),
                result.totalPages(), result.totalItems());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.Detail> open(@RequestBody DossierDraft draft) {
        Dossier dossier = dossiers.open(users.current(), draft);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.id()))
                .body(DossierJson.Detail.of(dossiers.details(users.current(), dossier.id().toString())));
    }

    @GetMapping("/{id}")
    DossierJson.Detail read(@PathVariable String id) {
        return DossierJson.Detail.of(dossiers.details(users.current(), id));
    }

    record TransitionRequest(String to, String reason, String judge, String joinedInto) {
    }

    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierJson.Summary transition(@PathVariable String id, @RequestBody TransitionRequest request) {
        return DossierJson.Summary.of(dossiers.transition(users.current(), id, request.to(), request.reason(), request.judge(),
                request.joinedInto()));
    }

    record EmbargoRequest(Boolean embargo) {
    }

    @PostMapping(path = "/{id}/embargo", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> embargo(@PathVariable String id, @RequestBody EmbargoRequest request) {
        if (request.embargo() == null) {
            throw InvalidDossierInput.of("embargo", "dossiers.error.required");
        }
        dossiers.embargo(users.current(), id, request.embargo());
        return Map.of("id", id, "embargo", request.embargo());
    }

    @PostMapping("/{id}/items/{itemId}/approve-summary")
    Map<String, Object> approveSummary(@PathVariable String id, @PathVariable String itemId) {
        dossiers.approveSummary(users.current(), id, itemId);
        return Map.of("id", itemId, "approvedSummary", true);
    }

    record MemberRequest(String username, String role) {
    }

    @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<DossierJson.Member>> addMember(@PathVariable String id, @RequestBody MemberRequest request) {
        CompartmentRole role = parse(CompartmentRole.class, "role", request.role());
        dossiers.addMember(users.current(), id, request.username(), role);
        return ResponseEntity.status(201).body(members(id));
    }

    @DeleteMapping("/{id}/members")
    List<DossierJson.Member> removeMember(@PathVariable String id, @RequestParam String username) {
        dossiers.removeMember(users.current(), id, username);
        return members(id);
    }

    private List<DossierJson.Member> members(String id) {
        return dossiers.details(users.current(), id).members().stream().map(DossierJson.Member::of).toList();
    }

    record LinkRequest(String dossier, String reason) {
    }

    @PostMapping(path = "/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> link(@PathVariable String id, @RequestBody LinkRequest request) {
        dossiers.link(users.current(), id, request.dossier(), request.reason());
        return ResponseEntity.status(201).body(Map.of("id", id, "dossier", request.dossier()));
    }

    @GetMapping("/{id}/timeline")
    Map<String, Object> timeline(@PathVariable String id) {
        return Map.of("events", work.timeline(users.current(), id).stream().map(DossierJson.EventView::of).toList());
    }

    @GetMapping(path = "/{id}/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> summary(@PathVariable String id, java.util.Locale locale) {
        return pdf(summaries.summary(users.current(), id, locale), id);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"dossier-" + be.stroomplan.dossiers.internal.DossierGate.id(id)
                        + ".pdf\"").header("Cache-Control", "no-store").body(bytes);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidDossierInput.of(field, "dossiers.error.oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
