package be.stroomplan.subjects.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.platform.ApiLocale;
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
 * The subjects API's refusals as RFC 9457 problem details: 400 with one localised message per
 * field, 403 with the reason, 404 for what does not exist or may not be known. The language is
 * the one chosen in the application (the lang parameter or cookie), else the request's
 * Accept-Language (Dutch, French or English), else Dutch.
 */
@RestControllerAdvice(assignableTypes = { SubjectApiController.class, ImportApiController.class, ExportApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubjectProblems {


    private final MessageSource messages;

    SubjectProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidSubjectInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubjectInput invalid, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("subjects.error.invalid", null, "The request has invalid fields.", locale));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(), "code",
                p.message().getCodes()[0], "message", messages.getMessage(p.message(), locale))).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(SubjectRefused.class)
    ResponseEntity<ProblemDetail> refused(SubjectRefused refused, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The policy does not allow this; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", List.of(Map.of("code", refused.reason().name(), "message",
                messages.getMessage(refused.reason().messageKey(), null, refused.reason().name(), locale))));
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(SubjectNotFound.class)
    ResponseEntity<ProblemDetail> notFound(SubjectNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + missing.getMessage() + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    static Locale locale(HttpServletRequest request) {
        return ApiLocale.of(request);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
