package be.stroomplan.deconfliction.release.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.deconfliction.release.InvalidReleaseInput;
import be.stroomplan.deconfliction.release.ReleaseConflict;
import be.stroomplan.deconfliction.release.ReleaseNotFound;
import be.stroomplan.deconfliction.release.ReleaseRefused;
import be.stroomplan.platform.ApiLocale;
import be.stroomplan.sharing.InvalidSharingInput;
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
 * The release API’s refusals as RFC 9457 problem details: 404 for a request, case or item the user
 * may not know exists, 403 with {@code reasons} (not a magistrate, the 458ter acknowledgement, the
 * policy’s reasons), 409 for a request decided already, 400 with field errors. In the language
 * {@link ApiLocale} chooses.
 */
@RestControllerAdvice(basePackageClasses = ReleaseProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReleaseProblems {

    private final MessageSource messages;

    ReleaseProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ReleaseNotFound.class, CaseNotFound.class, SharingNotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(ReleaseRefused.class)
    ResponseEntity<ProblemDetail> refused(ReleaseRefused refused, HttpServletRequest request) {
        return forbidden(List.of(refused.reason()), ApiLocale.of(request));
    }

    @ExceptionHandler(CaseRefused.class)
    ResponseEntity<ProblemDetail> caseRefused(CaseRefused refused, HttpServletRequest request) {
        return forbidden(refused.reasons(), ApiLocale.of(request));
    }

    @ExceptionHandler(SharingRefused.class)
    ResponseEntity<ProblemDetail> policy(SharingRefused refused, HttpServletRequest request) {
        return forbidden(refused.explanations().stream().map(e -> e.reason().name()).distinct().toList(), ApiLocale.of(request));
    }

    @ExceptionHandler(ReleaseConflict.class)
    ResponseEntity<ProblemDetail> conflict(ReleaseConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Conflict");
        return respond(HttpStatus.CONFLICT, problem);
    }

    @ExceptionHandler(InvalidReleaseInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReleaseInput invalid, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("subjects.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(), "code", p.code(),
                "message", messages.getMessage(p.code(), null, p.code(), locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(InvalidSharingInput.class)
    ResponseEntity<ProblemDetail> sharingInvalid(InvalidSharingInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    private ResponseEntity<ProblemDetail> forbidden(List<String> codes, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You may not do this; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", codes.stream().map(code -> Map.of("code", code,
                "message", messages.getMessage("policy.reason." + code, null, code, locale))).toList());
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
