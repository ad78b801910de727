package be.stroomplan.dossiers.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.dossiers.DossierConflict;
import be.stroomplan.dossiers.DossierNotFound;
import be.stroomplan.dossiers.DossierRefused;
import be.stroomplan.dossiers.InvalidDossierInput;
import be.stroomplan.platform.ApiLocale;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.Explanation;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The dossiers API’s refusals as RFC 9457 problem details, with messages in the language chosen in
 * the application, else the request’s Accept-Language, else Dutch: 400 with one message per field
 * (from this module, the subject register or the sharing module), 403 with the {@code reasons}, 404
 * for what does not exist or may not be known (the same body for a dossier that exists and one
 * that does not), 409 for illegal status moves, duplicates and stale changes.
 */
@RestControllerAdvice(assignableTypes = { DossierApiController.class, DossierWorkApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierProblems {


    private final MessageSource messages;

    DossierProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidDossierInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDossierInput invalid, HttpServletRequest request) {
        Locale locale = locale(request);
        return invalid(locale, invalid.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
                "message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))).toList());
    }

    @ExceptionHandler(InvalidSubjectInput.class)
    ResponseEntity<ProblemDetail> invalidSubject(InvalidSubjectInput invalid, HttpServletRequest request) {
        Locale locale = locale(request);
        return invalid(locale, invalid.problems().stream().map(p -> Map.of("field", "subject." + p.field(), "code",
                p.message().getCodes()[0], "message", messages.getMessage(p.message(), locale))).toList());
    }

    @ExceptionHandler(InvalidSharingInput.class)
    ResponseEntity<ProblemDetail> invalidItem(InvalidSharingInput invalid, HttpServletRequest request) {
        return invalid(locale(request), invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }

    private ResponseEntity<ProblemDetail> invalid(Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("dossiers.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler({ DossierNotFound.class, SubjectNotFound.class, SharingNotFound.class })
    ResponseEntity<ProblemDetail> notFound(RuntimeException missing) {
        String what = missing.getMessage() == null ? "dossier" : missing.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(DossierRefused.class)
    ResponseEntity<ProblemDetail> refused(DossierRefused refused, HttpServletRequest request) {
        return forbidden(List.of(Explanation.of(refused.reason())), locale(request));
    }

    @ExceptionHandler(SubjectRefused.class)
    ResponseEntity<ProblemDetail> subjectRefused(SubjectRefused refused, HttpServletRequest request) {
        return forbidden(List.of(Explanation.of(refused.reason())), locale(request));
    }

    @ExceptionHandler(SharingRefused.class)
    ResponseEntity<ProblemDetail> sharingRefused(SharingRefused refused, HttpServletRequest request) {
        return forbidden(refused.explanations(), locale(request));
    }

    private ResponseEntity<ProblemDetail> forbidden(List<Explanation> explanations, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The policy does not allow this; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", explanations.stream().map(e -> {
            DenyReason reason = e.reason();
            Map<String, Object> map = new HashMap<>();
            map.put("code", reason.name());
            map.put("message", messages.getMessage(reason.messageKey(), null, reason.name(), locale));
            map.put("protocol", e.protocolReference());
            return map;
        }).toList());
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(DossierConflict.class)
    ResponseEntity<ProblemDetail> conflict(DossierConflict conflict, HttpServletRequest request) {
        return conflict(conflict.code(), messages.getMessage(conflict.code(), null, conflict.getMessage(), locale(request)));
    }

    @ExceptionHandler(SharingConflict.class)
    ResponseEntity<ProblemDetail> sharingConflict(SharingConflict conflict) {
        return conflict(conflict.code(), conflict.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> illegalState(IllegalStateException conflict) {
        return conflict("dossiers.error.state", conflict.getMessage());
    }

    private static ResponseEntity<ProblemDetail> conflict(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        problem.setProperty("code", code);
        return respond(HttpStatus.CONFLICT, problem);
    }

    static Locale locale(HttpServletRequest request) {
        return ApiLocale.of(request);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
