package be.stroomplan.sharing.web;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.protocols.CoveringProtocol;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.ProtocolAssessment;
import be.stroomplan.sharing.AttachmentContent;
import be.stroomplan.sharing.Disclosure;
import be.stroomplan.sharing.Disclosures;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.ItemRead;
import be.stroomplan.sharing.web.SharingViews.AttachmentView;
import be.stroomplan.sharing.web.SharingViews.DisclosureView;
import be.stroomplan.sharing.web.SharingViews.ItemView;
import be.stroomplan.sharing.web.SharingViews.VersionView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Information items over the API: read (with a purpose), edit (a new version), versions,
 * attachments, disclosures and their revocation, and the "why" of a decision. Every operation goes
 * through the policy decision point: an item the user may not know exists is 404, one the user
 * knows but may not use is 403 with the {@code reasons}.
 */
@RestController
@RequestMapping("/api/v1/items")
@PreAuthorize("isAuthenticated()")
class ItemApiController {

    private final InformationItems items;
    private final Disclosures disclosures;
    private final SharingUsers users;
    private final SharingProblems problems;

    ItemApiController(InformationItems items, Disclosures disclosures, SharingUsers users, SharingProblems problems) {
        this.items = items;
        this.disclosures = disclosures;
        this.users = users;
        this.problems = problems;
    }

    record DisclosureRequest(String recipient, String compartment, String purpose) {
    }

    record RevokeRequest(String reason) {
    }

    @GetMapping("/{id}")
    ItemView item(@PathVariable String id, @RequestParam(required = false) String purpose) {
        ItemRead read = items.read(users.current(), SharingUsers.id(id, "item"), purpose);
        return ItemView.of(read.item(), read.attachments(), read.disclosures(), read.decision());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemView edit(@PathVariable String id, @RequestBody ItemRequest request, @RequestParam(required = false) String purpose) {
        InformationItem item = items.edit(users.current(), SharingUsers.id(id, "item"), request.content(), request.version(), purpose);
        return ItemView.of(item, List.of(), List.of(), null);
    }

    @GetMapping("/{id}/versions")
    Map<String, Object> versions(@PathVariable String id, @RequestParam(required = false) String purpose) {
        List<VersionView> versions = items.versions(users.current(), SharingUsers.id(id, "item"), purpose).stream()
                .map(VersionView::of).toList();
        return Map.of("item", id, "versions", versions);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> attach(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file,
                                          @RequestParam(required = false) String purpose) throws IOException {
        if (file == null) {
            throw new InvalidSharingInput("file", "is required");
        }
        var attachment = items.attach(users.current(), SharingUsers.id(id, "item"), file.getOriginalFilename(), file.getBytes(),
                purpose);
        return ResponseEntity.created(URI.create("/api/v1/items/" + id + "/attachments/" + attachment.id()))
                .body(AttachmentView.of(attachment));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
                                      @RequestParam(required = false) String purpose) {
        AttachmentContent content = items.attachment(users.current(), SharingUsers.id(id, "item"),
                SharingUsers.id(attachmentId, "attachment"), purpose);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.attachment().filename()).build().toString())
                .body(content.content());
    }

    @PostMapping(path = "/{id}/disclosures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DisclosureView> disclose(@PathVariable String id, @RequestBody DisclosureRequest request) {
        required(request.recipient(), "recipient", request.compartment(), "compartment", request.purpose(), "purpose");
        Disclosure disclosure = disclosures.disclose(users.current(), SharingUsers.id(id, "item"), request.recipient().trim(),
                compartment(request.compartment()), request.purpose().trim());
        return ResponseEntity.created(URI.create("/api/v1/items/" + id + "/disclosures/" + disclosure.id()))
                .body(DisclosureView.of(disclosure));
    }

    @DeleteMapping("/{id}/disclosures/{disclosureId}")
    DisclosureView revokeByDelete(@PathVariable String id, @PathVariable String disclosureId,
                                  @RequestParam(required = false) String reason) {
        return revoke(id, disclosureId, reason);
    }

    @PostMapping(path = "/{id}/disclosures/{disclosureId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    DisclosureView revokeByPost(@PathVariable String id, @PathVariable String disclosureId, @RequestBody RevokeRequest request) {
        return revoke(id, disclosureId, request.reason());
    }

    /** The "why": the decision for READ or DISCLOSE, with reasons, never the item's content. */
    @GetMapping("/{id}/decision")
    Map<String, Object> decision(@PathVariable String id, @RequestParam(defaultValue = "READ") String action,
                                 @RequestParam(required = false) String recipient,
                                 @RequestParam(required = false) String compartment,
                                 @RequestParam(required = false) String purpose) {
        PolicyAction policyAction = CompartmentApiController.parse("action", action, PolicyAction.class);
        if (policyAction == PolicyAction.WRITE) {
            throw new InvalidSharingInput("action", "must be READ or DISCLOSE");
        }
        if (policyAction == PolicyAction.DISCLOSE) {
            required(recipient, "recipient", compartment, "compartment", purpose, "purpose");
        }
        UUID target = policyAction == PolicyAction.DISCLOSE ? compartment(compartment) : null;
        PolicyDecision decision = items.explain(users.current(), SharingUsers.id(id, "item"), policyAction,
                recipient == null ? null : recipient.trim(), target, purpose);
        Map<String, Object> view = new HashMap<>();
        view.put("item", id);
        view.put("action", policyAction.name());
        view.put("permitted", decision.permitted());
        view.put("reasons", problems.reasons(decision.explanations()));
        view.put("purpose", decision.purpose());
        view.put("legalBasis", decision.legalBasis());
        view.put("access", decision.access() == null ? null : decision.access().name());
        view.put("protocol", protocol(decision.protocol()));
        if (decision.assessment() != null) {
            view.put("protocols", protocols(decision.assessment()));
        }
        return view;
    }

    private DisclosureView revoke(String id, String disclosureId, String reason) {
        return DisclosureView.of(disclosures.revoke(users.current(), SharingUsers.id(id, "item"),
                SharingUsers.id(disclosureId, "disclosure"), reason));
    }

    static ResponseEntity<ItemView> created(InformationItem item) {
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(ItemView.of(item, List.of(), List.of(), null));
    }

    private static Map<String, Object> protocol(CoveringProtocol p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("id", p.protocolId());
        view.put("version", p.version());
        view.put("versionId", p.versionId());
        view.put("reference", p.reference());
        view.put("title", p.title());
        return view;
    }

    private static List<Map<String, Object>> protocols(ProtocolAssessment assessment) {
        List<Map<String, Object>> covering = assessment.covering().stream().map(p -> {
            Map<String, Object> view = protocol(p);
            view.put("covers", true);
            view.put("reasons", List.of());
            return view;
        }).toList();
        List<Map<String, Object>> misses = assessment.misses().stream().map(m -> {
            Map<String, Object> view = new HashMap<>();
            view.put("id", m.protocolId());
            view.put("version", m.version());
            view.put("reference", m.reference());
            view.put("title", m.title());
            view.put("covers", false);
            view.put("reasons", m.reasons().stream().map(r -> be.stroomplan.protocols.DenyReason.of(r).name()).toList());
            return view;
        }).toList();
        return java.util.stream.Stream.concat(covering.stream(), misses.stream()).toList();
    }

    /** A compartment id that is not well-formed is a compartment the user is not a member of. */
    private static UUID compartment(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private static void required(String... valuesAndFields) {
        List<InvalidSharingInput.FieldProblem> missing = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndFields.length; i += 2) {
            if (valuesAndFields[i] == null || valuesAndFields[i].isBlank()) {
                missing.add(new InvalidSharingInput.FieldProblem(valuesAndFields[i + 1], "is required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSharingInput(missing);
        }
    }
}
