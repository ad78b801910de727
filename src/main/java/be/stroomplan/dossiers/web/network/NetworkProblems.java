package be.stroomplan.dossiers.web.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.dossiers.network.InvalidNetworkInput;
import be.stroomplan.dossiers.network.NetworkNotFound;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;

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
 * The network API's refusals as RFC 9457 problem details: 400 with one localised message per
 * field, 403 with the reason, and 404 for a dossier or subject that does not exist or may not be
 * known, the same either way.
 */
@RestControllerAdvice(assignableTypes = NetworkApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NetworkProblems {

    private final MessageSource messages;

    NetworkProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidNetworkInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidNetworkInput invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = invalidRequest(locale);
        problem.setProperty("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message",
                messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(InvalidSubjectInput.class)
    ResponseEntity<ProblemDetail> invalidSubject(InvalidSubjectInput invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = invalidRequest(locale);
        problem.setProperty("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(), "code",
                p.message().getCodes()[0], "message", messages.getMessage(p.message(), locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(SubjectRefused.class)
    ResponseEntity<ProblemDetail> refused(SubjectRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The policy does not allow this; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", List.of(Map.of("code", refused.reason().name(), "message",
                messages.getMessage(refused.reason().messageKey(), null, refused.reason().name(), LocaleContextHolder.getLocale()))));
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(NetworkNotFound.class)
    ResponseEntity<ProblemDetail> notFound(NetworkNotFound missing) {
        return notFound(missing.getMessage());
    }

    @ExceptionHandler(SubjectNotFound.class)
    ResponseEntity<ProblemDetail> subjectNotFound(SubjectNotFound missing) {
        return notFound(missing.getMessage());
    }

    private ProblemDetail invalidRequest(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("network.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        return problem;
    }

    private static ResponseEntity<ProblemDetail> notFound(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
