package be.stroomplan.deconfliction.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.deconfliction.DeconflictionConflict;
import be.stroomplan.deconfliction.DeconflictionNotFound;
import be.stroomplan.deconfliction.DeconflictionRefused;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The deconfliction API’s refusals as RFC 9457 problem details: 404 for what the user may not know
 * exists, 403 with {@code reasons} for a role that may not, 409 for a ticket decided already, 400
 * with field errors ({@code items[3].value}).
 */
@RestControllerAdvice(basePackageClasses = DeconflictionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeconflictionProblems {

    private final MessageSource messages;

    DeconflictionProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DeconflictionNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DeconflictionNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + missing.getMessage() + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(DeconflictionRefused.class)
    ResponseEntity<ProblemDetail> refused(DeconflictionRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this; the reasons say why.");
        problem.setTitle("Forbidden");
        Locale locale = LocaleContextHolder.getLocale();
        problem.setProperty("reasons", List.of(Map.of("code", refused.reason(),
                "message", messages.getMessage("policy.reason." + refused.reason(), null, refused.reason(), locale))));
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(DeconflictionConflict.class)
    ResponseEntity<ProblemDetail> conflict(DeconflictionConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", conflict.code());
        return respond(HttpStatus.CONFLICT, problem);
    }

    @ExceptionHandler(InvalidDeconflictionInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDeconflictionInput invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("subjects.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream().limit(1000)
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.message(messages, locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
