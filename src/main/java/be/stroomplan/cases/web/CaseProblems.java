package be.stroomplan.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import be.stroomplan.cases.CaseConflict;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.platform.ApiLocale;

import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;

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
 * The cases API's refusals as RFC 9457 problem details: 404 for a case the user may not know
 * exists, 403 with {@code reasons} (codes and localised messages; before the 458ter acknowledgement
 * with a link to give it), 409 for an illegal move, 400 with field errors. Ahead of the platform's
 * handler; the sharing module's own exceptions (items) keep their handler. Messages are in the
 * language {@link ApiLocale} chooses.
 */
@RestControllerAdvice(basePackageClasses = CaseProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    private final MessageSource messages;

    CaseProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseNotFound.class)
    ResponseEntity<ProblemDetail> notFound(CaseNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + missing.getMessage() + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(CaseRefused.class)
    ResponseEntity<ProblemDetail> refused(CaseRefused refused, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You may not do this on this case; the reasons say why.");
        problem.setTitle("Forbidden");
        Locale locale = ApiLocale.of(request);
        List<Map<String, Object>> reasons = refused.reasons().stream().map(code -> {
            Map<String, Object> reason = new HashMap<>();
            reason.put("code", code);
            reason.put("message", messages.getMessage("policy.reason." + code, null, code, locale));
            return reason;
        }).toList();
        problem.setProperty("reasons", reasons);
        if (refused.link() != null) {
            problem.setProperty("acknowledge", refused.link());
        }
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(SharingRefused.class)
    ResponseEntity<ProblemDetail> policy(SharingRefused refused, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The policy does not allow this; the reasons say why.");
        problem.setTitle("Forbidden");
        Locale locale = ApiLocale.of(request);
        problem.setProperty("reasons", refused.explanations().stream().map(e -> {
            Map<String, Object> reason = new HashMap<>();
            reason.put("code", e.reason().name());
            reason.put("message", messages.getMessage(e.reason().messageKey(), null, e.reason().name(), locale));
            reason.put("protocol", e.protocolReference());
            return reason;
        }).toList());
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(SharingNotFound.class)
    ResponseEntity<ProblemDetail> sharingNotFound(SharingNotFound missing) {
        return notFound(new CaseNotFound(missing.getMessage()));
    }

    @ExceptionHandler(SharingConflict.class)
    ResponseEntity<ProblemDetail> sharingConflict(SharingConflict conflict) {
        return conflict(new CaseConflict(conflict.code(), conflict.getMessage()));
    }

    @ExceptionHandler(InvalidSharingInput.class)
    ResponseEntity<ProblemDetail> sharingInvalid(InvalidSharingInput invalid, HttpServletRequest request) {
        return invalid(new InvalidCaseInput(invalid.problems().stream()
                .map(p -> new InvalidCaseInput.Problem(p.field(), p.message(), List.of())).toList()), request);
    }

    @ExceptionHandler(CaseConflict.class)
    ResponseEntity<ProblemDetail> conflict(CaseConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", conflict.code());
        return respond(HttpStatus.CONFLICT, problem);
    }

    @ExceptionHandler(InvalidCaseInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCaseInput invalid, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("subjects.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.message(messages, locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
