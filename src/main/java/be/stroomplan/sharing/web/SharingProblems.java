package be.stroomplan.sharing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.protocols.Explanation;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.RefusedAttachment;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;

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
 * The sharing API's refusals as RFC 9457 problem details: 403 with the policy's {@code reasons}
 * (code, localised message, protocol), 404 for what does not exist or may not be known, 409 for
 * conflicts, 400 with field errors, 413/415 for refused files. Ahead of the platform's handler.
 */
@RestControllerAdvice(basePackageClasses = SharingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SharingProblems {

    private final MessageSource messages;

    SharingProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SharingRefused.class)
    ResponseEntity<ProblemDetail> refused(SharingRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The policy does not allow this; the reasons say why.");
        problem.setTitle("Forbidden");
        problem.setProperty("reasons", reasons(refused.explanations()));
        return respond(HttpStatus.FORBIDDEN, problem);
    }

    @ExceptionHandler(SharingNotFound.class)
    ResponseEntity<ProblemDetail> notFound(SharingNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + missing.getMessage() + " with this id.");
        problem.setTitle("Not found");
        return respond(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(SharingConflict.class)
    ResponseEntity<ProblemDetail> conflict(SharingConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", conflict.code());
        return respond(HttpStatus.CONFLICT, problem);
    }

    @ExceptionHandler(InvalidSharingInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSharingInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(RefusedAttachment.class)
    ResponseEntity<ProblemDetail> attachment(RefusedAttachment refused) {
        HttpStatus status = refused.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(refused.tooLarge() ? "File too large" : "Unsupported file");
        return respond(status, problem);
    }

    /** The reasons as the API shows them: code, localised message, protocol reference (or null). */
    List<Map<String, Object>> reasons(List<Explanation> explanations) {
        Locale locale = LocaleContextHolder.getLocale();
        return explanations.stream().map(e -> {
            Map<String, Object> reason = new HashMap<>();
            reason.put("code", e.reason().name());
            reason.put("message", messages.getMessage(e.reason().messageKey(), null, e.reason().name(), locale));
            reason.put("protocol", e.protocolReference());
            reason.put("protocolVersion", e.protocolVersion());
            return reason;
        }).toList();
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
