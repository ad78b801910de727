package be.stroomplan.controls.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.controls.ControlConflict;
import be.stroomplan.controls.ControlNotFound;
import be.stroomplan.controls.ControlRefused;
import be.stroomplan.controls.InvalidControlInput;

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
 * The controls API's refusals as RFC 9457 problem details: 404 for an action the user may not know
 * exists, 403 with {@code reasons}, 409 with a {@code code} and a translated message (an illegal
 * move, a target on hold), 400 with field errors.
 */
@RestControllerAdvice(assignableTypes = ControlApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControlProblems {

    private final MessageSource messages;

    ControlProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ControlNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ControlNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + missing.getMessage() + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(ControlRefused.class)
    ResponseEntity<ProblemDetail> refused(ControlRefused refused) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You may not do this on this control action; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", List.of(Map.of("code", refused.reason(), "message",
                messages.getMessage("controls.reason." + refused.reason(), null, refused.reason(), locale))));
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(ControlConflict.class)
    ResponseEntity<ProblemDetail> conflict(ControlConflict conflict) {
        String message = messages.getMessage(conflict.code(), null, conflict.getMessage(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle("Conflict");
        problem.setProperty("code", conflict.code());
        return respond(HttpStatus.CONFLICT, problem);
    }

    @ExceptionHandler(InvalidControlInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidControlInput invalid) {
        Locale locale = LocaleContextHolder.getLocale();
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
