package be.stroomplan.sharing.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.Explanation;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.ProtocolAssessment;
import be.stroomplan.sharing.AttachmentContent;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.Disclosures;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.ItemRead;
import be.stroomplan.sharing.RefusedAttachment;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.sharing.web.SharingForms.DiscloseForm;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The item pages: one item with its markings, text, fields, attachments, versions and the
 * disclosures the user's organisation may see; the disclose form with the check of the protocols
 * beforehand (an htmx fragment, or the whole page without JavaScript); and the why panel. An item
 * the user may not know exists answers 404; one the user knows but may not read shows the reasons,
 * never the content.
 */
@Controller
@RequestMapping("/items")
@PreAuthorize(SharingPage.CONTENT)
class ItemPagesController extends SharingPage {

    private final InformationItems items;
    private final Disclosures disclosures;
    private final Compartments compartments;

    ItemPagesController(InformationItems items, Disclosures disclosures, Compartments compartments, PartnerDirectory partners,
                        SharingUsers users) {
        super(partners, users);
        this.items = items;
        this.disclosures = disclosures;
        this.compartments = compartments;
    }

    /** A protocol in the disclose check: covering or not, with the reasons it does not. */
    record ProtocolLine(String reference, String title, int version, boolean covers, List<String> reasons) {
    }

    /** The check of a disclosure before it is made. */
    record DiscloseCheck(boolean permitted, List<Explanation> reasons, List<ProtocolLine> protocols) {

        static DiscloseCheck of(PolicyDecision decision) {
            List<ProtocolLine> lines = new ArrayList<>();
            ProtocolAssessment assessment = decision.assessment();
            if (assessment != null) {
                assessment.covering().forEach(p -> lines.add(new ProtocolLine(p.reference(), p.title(), p.version(), true, List.of())));
                assessment.misses().forEach(m -> lines.add(new ProtocolLine(m.reference(), m.title(), m.version(), false,
                        m.reasons().stream().map(r -> DenyReason.of(r).messageKey()).toList())));
            }
            return new DiscloseCheck(decision.permitted(), decision.explanations(), lines);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(CONTENT)
    String item(@PathVariable String id, @RequestParam(required = false) String purpose, Model model,
                HttpServletResponse response) {
        if (!model.containsAttribute("discloseForm")) {
            model.addAttribute("discloseForm", new DiscloseForm());
        }
        return itemPage(SharingUsers.id(id, "item"), purpose, model, response);
    }

    @GetMapping("/{id}/why")
    @PreAuthorize(CONTENT)
    String why(@PathVariable String id, @RequestParam(required = false) String purpose, Model model) {
        UUID itemId = SharingUsers.id(id, "item");
        PolicyDecision decision = items.explain(users.current(), itemId, PolicyAction.READ, null, null, blankToNull(purpose));
        model.addAttribute("itemId", itemId);
        model.addAttribute("decision", decision);
        model.addAttribute("reasons", decision.explanations());
        model.addAttribute("purpose", blankToNull(purpose));
        return "sharing/why";
    }

    @GetMapping("/{id}/disclose-check")
    @PreAuthorize(CONTENT)
    String discloseCheck(@PathVariable String id, @RequestParam(required = false) String purpose,
                         @ModelAttribute DiscloseForm discloseForm, BindingResult binding,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                         HttpServletResponse response) {
        UUID itemId = SharingUsers.id(id, "item");
        if (discloseForm.complete()) {
            model.addAttribute("check", DiscloseCheck.of(explainDisclosure(itemId, discloseForm)));
        } else {
            model.addAttribute("checkIncomplete", true);
        }
        if ("true".equals(htmx)) {
            return "sharing/item :: disclose-check";
        }
        model.addAttribute("discloseOpen", true);
        return itemPage(itemId, purpose, model, response);
    }

    @PostMapping("/{id}/disclosures")
    @PreAuthorize(CONTENT)
    String disclose(@PathVariable String id, @RequestParam(required = false) String purpose,
                    @ModelAttribute DiscloseForm discloseForm, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        UUID itemId = SharingUsers.id(id, "item");
        discloseForm.check(binding);
        if (!binding.hasErrors()) {
            UUID target = targetCompartment(discloseForm.getCompartment());
            try {
                disclosures.disclose(users.current(), itemId, discloseForm.getRecipient().trim(), target,
                        discloseForm.getPurposeCode().trim());
                redirect.addFlashAttribute("notice", "sharing.disclosure.made");
                return "redirect:" + itemUrl(itemId, purpose);
            } catch (SharingRefused refused) {
                model.addAttribute("check", DiscloseCheck.of(explainDisclosure(itemId, discloseForm)));
                model.addAttribute("discloseRefused", true);
            } catch (InvalidSharingInput invalid) {
                invalid.problems().forEach(p -> binding.rejectValue(field(p.field()), SharingForms.CHOOSE));
            } catch (SharingConflict conflict) {
                binding.reject(conflict.code());
            }
        }
        model.addAttribute("discloseOpen", true);
        return itemPage(itemId, purpose, model, response);
    }

    @PostMapping("/{id}/disclosures/{disclosureId}/revoke")
    @PreAuthorize(CONTENT)
    String revoke(@PathVariable String id, @PathVariable String disclosureId, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        UUID itemId = SharingUsers.id(id, "item");
        UUID disclosure = SharingUsers.id(disclosureId, "disclosure");
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("problem", "sharing.disclosure.reasonRequired");
        } else {
            try {
                disclosures.revoke(users.current(), itemId, disclosure, reason);
                redirect.addFlashAttribute("notice", "sharing.disclosure.revoked");
            } catch (SharingRefused refused) {
                redirect.addFlashAttribute("problem", "sharing.disclosure.mayNotRevoke");
            } catch (SharingConflict conflict) {
                redirect.addFlashAttribute("problem", conflict.code());
            }
        }
        return "redirect:" + itemUrl(itemId, purpose) + "#disclosures";
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize(CONTENT)
    String attach(@PathVariable String id, @RequestParam(required = false) String purpose,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        UUID itemId = SharingUsers.id(id, "item");
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "sharing.attachment.empty";
        } else {
            try {
                items.attach(users.current(), itemId, file.getOriginalFilename(), file.getBytes(), blankToNull(purpose));
                redirect.addFlashAttribute("notice", "sharing.attachment.added");
                return "redirect:" + itemUrl(itemId, purpose) + "#attachments";
            } catch (RefusedAttachment refused) {
                problem = refused.tooLarge() ? "sharing.attachment.tooLarge" : "sharing.attachment.type";
            } catch (InvalidSharingInput invalid) {
                problem = "sharing.attachment.name";
            }
        }
        model.addAttribute("attachmentProblem", problem);
        model.addAttribute("discloseForm", new DiscloseForm());
        return itemPage(itemId, purpose, model, response);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize(CONTENT)
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
                                      @RequestParam(required = false) String purpose) {
        AttachmentContent content = items.attachment(users.current(), SharingUsers.id(id, "item"),
                SharingUsers.id(attachmentId, "attachment"), blankToNull(purpose));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.attachment().filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }

    private String itemPage(UUID itemId, String purpose, Model model, HttpServletResponse response) {
        UserProfile user = users.current();
        String given = blankToNull(purpose);
        ItemRead read;
        try {
            read = items.read(user, itemId, given);
        } catch (SharingRefused refused) {
            model.addAttribute("itemId", itemId);
            model.addAttribute("reasons", refused.explanations());
            model.addAttribute("purpose", given);
            boolean purposeOnly = refused.explanations().stream().allMatch(e -> e.reason() == DenyReason.PURPOSE_REQUIRED);
            if (purposeOnly) {
                model.addAttribute("tooShort", given != null);
                return "sharing/justify";
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "sharing/why";
        }
        String effective = read.decision().purpose();
        List<Map.Entry<Compartment, CompartmentRole>> mine = compartments.compartmentsOf(user);
        model.addAttribute("read", read);
        model.addAttribute("item", read.item());
        model.addAttribute("itemContent", read.item().content());
        model.addAttribute("home", compartments.find(read.item().compartment()).orElse(null));
        model.addAttribute("versions", items.versions(user, itemId, given));
        model.addAttribute("purpose", given);
        model.addAttribute("effectivePurpose", effective);
        model.addAttribute("justification", read.decision().justification());
        model.addAttribute("myCompartments", mine);
        model.addAttribute("compartmentTitles", mine.stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().id().toString(), e -> e.getKey().title())));
        model.addAttribute("organisations", partners.organisations().stream()
                .filter(o -> !o.code().equals(user.organisation().code())).toList());
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute("ownOrganisation", user.organisation().code());
        return "sharing/item";
    }

    private PolicyDecision explainDisclosure(UUID itemId, DiscloseForm form) {
        return items.explain(users.current(), itemId, PolicyAction.DISCLOSE, form.getRecipient().trim(),
                targetCompartment(form.getCompartment()), form.getPurposeCode().trim());
    }

    /** A compartment id that is not well-formed is one the user is not a member of. */
    private static UUID targetCompartment(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private static String field(String field) {
        return switch (field) {
            case "compartment" -> "compartment";
            case "purpose" -> "purposeCode";
            default -> "recipient";
        };
    }

    static String itemUrl(UUID itemId, String purpose) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/items/{id}");
        if (purpose != null && !purpose.isBlank()) {
            url.queryParam("purpose", purpose);
        }
        return url.buildAndExpand(itemId).encode().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
