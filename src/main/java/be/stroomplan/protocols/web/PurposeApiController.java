package be.stroomplan.protocols.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.stroomplan.protocols.internal.ProtocolQueries;
import be.stroomplan.protocols.internal.ProtocolRegister;
import be.stroomplan.protocols.internal.ProtocolStateException;
import be.stroomplan.protocols.internal.Purpose;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managed list of purposes a protocol may name: common knowledge among the partners; the
 * functional administrators add to it.
 */
@RestController
@RequestMapping("/api/v1/purposes")
@PreAuthorize("isAuthenticated()")
class PurposeApiController {

    private final ProtocolQueries queries;
    private final ProtocolRegister register;

    PurposeApiController(ProtocolQueries queries, ProtocolRegister register) {
        this.queries = queries;
        this.register = register;
    }

    record NewPurpose(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") String code,
                      @NotBlank @Size(max = 200) String nameNl, @NotBlank @Size(max = 200) String nameFr,
                      @NotBlank @Size(max = 200) String nameEn) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('FUNCTIONAL_ADMIN')")
    ResponseEntity<PurposeView> add(@Valid @RequestBody NewPurpose request) {
        Purpose purpose = register.addPurpose(new Purpose(request.code(), request.nameNl(), request.nameFr(), request.nameEn()));
        return ResponseEntity.created(URI.create("/api/v1/purposes")).body(view(purpose));
    }

    @ExceptionHandler(ProtocolStateException.class)
    ResponseEntity<ProblemDetail> duplicate(ProtocolStateException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record PurposeView(String code, String name, Map<String, String> names) {
    }

    @GetMapping
    List<PurposeView> purposes() {
        return queries.purposes().stream().map(PurposeApiController::view).toList();
    }

    private static PurposeView view(Purpose p) {
        return new PurposeView(p.code(), p.nameNl(), Map.of("nl", p.nameNl(), "fr", p.nameFr(), "en", p.nameEn()));
    }
}
