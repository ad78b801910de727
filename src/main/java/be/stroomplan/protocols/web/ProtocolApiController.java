package be.stroomplan.protocols.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.protocols.ProtocolStatus;
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

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The protocol register over the API (DESIGN.md §5, §7). Functional administrators create, edit
 * and move protocols; the DPO reads all of them; other users read those their organisation is
 * party to, and for them any other protocol does not exist (404). Bad input is a 400 with field
 * errors, an illegal move a 409 that says why (and for an incomplete activation, which fields).
 */
@RestController
@RequestMapping("/api/v1/protocols")
@PreAuthorize("isAuthenticated()")
class ProtocolApiController {

    private static final String ADMIN = "hasRole('FUNCTIONAL_ADMIN')";

    private final ProtocolRegister register;
    private final ProtocolQueries queries;
    private final ProtocolInputs inputs;

    ProtocolApiController(ProtocolRegister register, ProtocolQueries queries, ProtocolInputs inputs) {
        this.register = register;
        this.queries = queries;
        this.inputs = inputs;
    }

    @GetMapping
    ProtocolQueries.Page list(@RequestParam(required = false) ProtocolStatus status,
                              @RequestParam(required = false) String provider,
                              @RequestParam(required = false) String recipient,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                              @RequestParam(defaultValue = "REFERENCE") ProtocolSort sort,
                              @RequestParam(defaultValue = "asc") String dir, Authentication authentication) {
        int pageSize = Math.min(Math.max(1, size), 200);
        return queries.page(ProtocolReader.of(authentication),
                new ProtocolQueries.Filter(status, upper(provider), upper(recipient)), Math.max(0, page), pageSize, sort,
                !"desc".equalsIgnoreCase(dir), register.today());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    ResponseEntity<ProtocolView> create(@RequestBody ProtocolRequest request) {
        Checked checked = inputs.check(request.toInput());
        if (!checked.valid()) {
            throw new InvalidProtocol(checked);
        }
        Protocol protocol = register.create(checked.content());
        return ResponseEntity.created(URI.create("/api/v1/protocols/" + protocol.id()))
                .body(view(protocol, protocol.current()));
    }

    @GetMapping("/{id}")
    ProtocolView protocol(@PathVariable String id, Authentication authentication) {
        Protocol protocol = read(id, authentication);
        return view(protocol, protocol.current());
    }

    @GetMapping("/{id}/versions/{version}")
    ProtocolView version(@PathVariable String id, @PathVariable int version, Authentication authentication) {
        Protocol protocol = read(id, authentication);
        return view(protocol, protocol.version(version).orElseThrow(() -> new ProtocolNotFoundException(id + " v" + version)));
    }

    @GetMapping("/{id}/versions/{version}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable int version, @PathVariable String kind,
                                    Authentication authentication) {
        ProtocolDocument.Kind documentKind = kind(kind);
        ProtocolDocument document = queries.document(uuid(id), version, documentKind, ProtocolReader.of(authentication))
                .orElseThrow(() -> new ProtocolNotFoundException(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename()).build().toString())
                .body(document.content());
    }

    /** Replaces the content of the draft version. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    ProtocolView edit(@PathVariable String id, @RequestBody ProtocolRequest request) {
        UUID protocolId = uuid(id);
        Checked checked = inputs.check(request.toInput());
        if (!checked.valid()) {
            throw new InvalidProtocol(checked);
        }
        Protocol protocol = register.edit(protocolId, checked.content());
        return view(protocol, protocol.draft().orElseThrow());
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(ADMIN)
    ProtocolView activate(@PathVariable String id) {
        return moved(id, Move.ACTIVATE);
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(ADMIN)
    ProtocolView suspend(@PathVariable String id) {
        return moved(id, Move.SUSPEND);
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(ADMIN)
    ProtocolView reactivate(@PathVariable String id) {
        return moved(id, Move.REACTIVATE);
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize(ADMIN)
    ProtocolView terminate(@PathVariable String id) {
        return moved(id, Move.TERMINATE);
    }

    /** A new draft version, a copy of the current one: 201 with that version. */
    @PostMapping("/{id}/amend")
    @PreAuthorize(ADMIN)
    ResponseEntity<ProtocolView> amend(@PathVariable String id) {
        Protocol protocol = register.move(uuid(id), Move.AMEND);
        ProtocolVersion draft = protocol.draft().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/protocols/" + id + "/versions/" + draft.number()))
                .body(view(protocol, draft));
    }

    private ProtocolView moved(String id, Move move) {
        Protocol protocol = register.move(uuid(id), move);
        return view(protocol, protocol.current());
    }

    private Protocol read(String id, Authentication authentication) {
        return queries.protocol(uuid(id), ProtocolReader.of(authentication)).orElseThrow(() -> new ProtocolNotFoundException(id));
    }

    private ProtocolView view(Protocol protocol, ProtocolVersion version) {
        return ProtocolView.of(protocol, version, queries.documents(version.id()), queries.transitions(protocol.id()),
                register.today());
    }

    @ExceptionHandler(InvalidProtocol.class)
    ResponseEntity<ProblemDetail> invalid(InvalidProtocol invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.checked.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message(), "code", p.code())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ProtocolStateException.class)
    ResponseEntity<ProblemDetail> conflict(ProtocolStateException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", refused.messageKey());
        if (!refused.missing().isEmpty()) {
            problem.setProperty("missing", refused.missing());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ProtocolNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ProtocolNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No protocol with this id.");
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Ids are opaque: one that is not even well-formed is simply unknown. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProtocolNotFoundException(id);
        }
    }

    static ProtocolDocument.Kind kind(String kind) {
        return Optional.ofNullable(kind).map(k -> k.toUpperCase(Locale.ROOT).replace('-', '_'))
                .filter(k -> List.of("PROVIDER_DPO_OPINION", "RECIPIENT_DPO_OPINION").contains(k))
                .map(ProtocolDocument.Kind::valueOf).orElseThrow(() -> new ProtocolNotFoundException(kind));
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Field errors of a request body. */
    static final class InvalidProtocol extends RuntimeException {

        private final transient Checked checked;

        InvalidProtocol(Checked checked) {
            super("invalid protocol");
            this.checked = checked;
        }
    }
}
