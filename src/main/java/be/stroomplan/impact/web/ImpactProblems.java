package be.stroomplan.impact.web;

import java.util.Map;

import be.stroomplan.impact.InvalidImpactInput;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad impact parameters as RFC 9457 problem details: 400 with the field errors. */
@RestControllerAdvice(basePackageClasses = ImpactProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImpactProblems {

    @ExceptionHandler(InvalidImpactInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidImpactInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid parameters.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
