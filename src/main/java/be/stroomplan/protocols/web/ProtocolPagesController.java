package be.stroomplan.protocols.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolStatus;
import be.stroomplan.protocols.internal.PdfFiles;
import be.stroomplan.protocols.internal.Protocol;
import be.stroomplan.protocols.internal.ProtocolDocument;
import be.stroomplan.protocols.internal.ProtocolInputs;
import be.stroomplan.protocols.internal.ProtocolInputs.Checked;
import be.stroomplan.protocols.internal.ProtocolNotFoundException;
import be.stroomplan.protocols.internal.ProtocolQueries;
import be.stroomplan.protocols.internal.ProtocolReader;
import be.stroomplan.protocols.internal.ProtocolRegister;
import be.stroomplan.protocols.internal.ProtocolRegister.Move;
import be.stroomplan.protocols.internal.ProtocolSort;
import be.stroomplan.protocols.internal.ProtocolStateException;
import be.stroomplan.protocols.internal.ProtocolVersion;
import be.stroomplan.protocols.internal.Purpose;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The protocol register's pages: everyone reads the protocols of the own organisation (the DPO and
 * administrators all of them); administrators create, edit drafts, move, amend and attach the DPO
 * opinions. Refusals come back as translated messages.
 */
@Controller
@RequestMapping("/protocols")
@PreAuthorize("isAuthenticated()")
class ProtocolPagesController {

    static final int PAGE_SIZE = 20;
    private static final String ADMIN = "hasRole('FUNCTIONAL_ADMIN')";
    private static final String FORM = "protocols/form";

    private final ProtocolRegister register;
    private final ProtocolQueries queries;
    private final ProtocolInputs inputs;
    private final PartnerDirectory partners;

    ProtocolPagesController(ProtocolRegister register, ProtocolQueries queries, ProtocolInputs inputs, PartnerDirectory partners) {
        this.register = register;
        this.queries = queries;
        this.inputs = inputs;
        this.partners = partners;
    }

    @ModelAttribute("organisationNames")
    Map<String, String> organisationNames(Locale locale) {
        return partners.organisations().stream().collect(Collectors.toMap(Organisation::code, o -> o.name(locale)));
    }

    @ModelAttribute("purposeNames")
    Map<String, String> purposeNames(Locale locale) {
        return queries.purposes().stream().collect(Collectors.toMap(Purpose::code, p -> p.name(locale)));
    }

    @GetMapping
    String list(@RequestParam(required = false) ProtocolStatus status, @RequestParam(required = false) String provider,
                @RequestParam(required = false) String recipient, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "REFERENCE") ProtocolSort sort, @RequestParam(defaultValue = "asc") String dir,
                Authentication authentication, Model model) {
        boolean ascending = !"desc".equalsIgnoreCase(dir);
        ProtocolQueries.Filter filter = new ProtocolQueries.Filter(status, blankToNull(provider), blankToNull(recipient));
        ProtocolReader reader = ProtocolReader.of(authentication);
        ProtocolQueries.Page result = queries.page(reader, filter, Math.max(0, page), PAGE_SIZE, sort, ascending, register.today());
        if (page > 0 && page >= result.totalPages()) {
            result = queries.page(reader, filter, result.totalPages() - 1, PAGE_SIZE, sort, ascending, register.today());
        }
        model.addAttribute("result", result);
        model.addAttribute("statuses", ProtocolStatus.values());
        model.addAttribute("organisations", partners.organisations());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("provider", provider == null ? "" : provider);
        model.addAttribute("recipient", recipient == null ? "" : recipient);
        model.addAttribute("sort", sort.name());
        model.addAttribute("dir", ascending ? "asc" : "desc");
        return "protocols/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Authentication authentication, Model model) {
        Protocol protocol = read(id, authentication);
        return detailPage(protocol, protocol.current(), model);
    }

    @GetMapping("/{id}/versions/{version}")
    String version(@PathVariable String id, @PathVariable int version, Authentication authentication, Model model) {
        Protocol protocol = read(id, authentication);
        return detailPage(protocol, protocol.version(version).orElseThrow(() -> new ProtocolNotFoundException(id)), model);
    }

    @GetMapping("/{id}/versions/{version}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable int version, @PathVariable String kind,
                                    Authentication authentication) {
        ProtocolDocument document = queries.document(ProtocolApiController.uuid(id), version,
                ProtocolApiController.kind(kind), ProtocolReader.of(authentication)).orElseThrow(() -> new ProtocolNotFoundException(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename()).build().toString())
                .body(document.content());
    }

    @GetMapping("/new")
    @PreAuthorize(ADMIN)
    String createForm(Model model) {
        model.addAttribute("protocolForm", new ProtocolForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(ADMIN)
    String create(@ModelAttribute ProtocolForm protocolForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        Checked checked = check(protocolForm, binding);
        if (checked == null) {
            return form(model, null);
        }
        Protocol protocol = register.create(checked.content());
        redirect.addFlashAttribute("notice", "protocol.saved");
        return "redirect:/protocols/" + protocol.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ADMIN)
    String editForm(@PathVariable String id, Authentication authentication, Model model, RedirectAttributes redirect) {
        Protocol protocol = read(id, authentication);
        if (protocol.draft().isEmpty()) {
            redirect.addFlashAttribute("problem", "protocol.error.notEditable");
            return "redirect:/protocols/" + id;
        }
        model.addAttribute("protocolForm", ProtocolForm.of(protocol.draft().get().content()));
        return form(model, protocol);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(ADMIN)
    String edit(@PathVariable String id, @ModelAttribute ProtocolForm protocolForm, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        UUID protocolId = ProtocolApiController.uuid(id);
        Checked checked = check(protocolForm, binding);
        if (checked == null) {
            return form(model, queries.protocolAfterChange(protocolId).orElseThrow(() -> new ProtocolNotFoundException(id)));
        }
        try {
            register.edit(protocolId, checked.content());
            redirect.addFlashAttribute("notice", "protocol.saved");
        } catch (ProtocolStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/protocols/" + id;
    }

    @PostMapping("/{id}/{move:activate|suspend|reactivate|terminate|amend}")
    @PreAuthorize(ADMIN)
    String move(@PathVariable String id, @PathVariable String move, RedirectAttributes redirect) {
        try {
            register.move(ProtocolApiController.uuid(id), Move.valueOf(move.toUpperCase(Locale.ROOT)));
            redirect.addFlashAttribute("notice", "protocol.moved." + move);
        } catch (ProtocolStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("missing", refused.missing());
        }
        return "redirect:/protocols/" + id;
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize(ADMIN)
    String attach(@PathVariable String id, @RequestParam String kind, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        UUID protocolId = ProtocolApiController.uuid(id);
        ProtocolDocument.Kind documentKind = ProtocolApiController.kind(kind);
        byte[] head = file.isEmpty() ? new byte[0] : file.getInputStream().readNBytes(8);
        String problem = PdfFiles.problem(file.getOriginalFilename(), file.getContentType(), file.getSize(), head);
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/protocols/" + id;
        }
        try {
            register.attach(protocolId, documentKind, PdfFiles.safeName(file.getOriginalFilename()), file.getBytes());
            redirect.addFlashAttribute("notice", "protocol.document.attached");
        } catch (ProtocolStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/protocols/" + id;
    }

    private Checked check(ProtocolForm form, BindingResult binding) {
        Checked checked = inputs.check(form.toInput());
        checked.problems().forEach(p -> binding.rejectValue(p.field(), p.code(), p.message()));
        return checked.valid() ? checked : null;
    }

    private String form(Model model, Protocol protocol) {
        model.addAttribute("protocol", protocol);
        model.addAttribute("organisations", partners.organisations());
        model.addAttribute("purposes", queries.purposes());
        model.addAttribute("categories", List.of(DataCategory.values()));
        return FORM;
    }

    private String detailPage(Protocol protocol, ProtocolVersion version, Model model) {
        model.addAttribute("p", ProtocolView.of(protocol, version, queries.documents(version.id()),
                queries.transitions(protocol.id()), register.today()));
        model.addAttribute("kinds", ProtocolDocument.Kind.values());
        return "protocols/detail";
    }

    private Protocol read(String id, Authentication authentication) {
        return queries.protocol(ProtocolApiController.uuid(id), ProtocolReader.of(authentication))
                .orElseThrow(() -> new ProtocolNotFoundException(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
