package be.stroomplan.platform.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.stroomplan.platform.LoginThrottledException;
import be.stroomplan.platform.database.DatabaseOutage;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the security filter chain's refusals as RFC 9457 problem details: 401 for no or wrong
 * credentials, 429 while a name is throttled, 503 when the credentials cannot be checked because the
 * database is unreachable, 403 for a refused request. A 401 names the schemes the
 * API accepts (Basic and/or Bearer) in {@code WWW-Authenticate}.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final boolean basicChallenge;
    private final boolean bearerChallenge;

    ProblemResponses(JsonMapper json, boolean basicChallenge, boolean bearerChallenge) {
        this.json = json;
        this.basicChallenge = basicChallenge;
        this.bearerChallenge = bearerChallenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, Duration.between(Instant.now(), throttled.lockedUntil()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins for this user name; try again later.");
            return;
        }
        if (DatabaseOutage.explains(failure)) {
            // the credentials could not be checked at all: not the client's fault, and not a 401
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "The service cannot reach its database. Try again shortly.");
            return;
        }
        if (basicChallenge) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Stroomplan\", charset=\"UTF-8\"");
        }
        if (bearerChallenge) {
            // RFC 6750: say that a token was refused, never why
            response.addHeader("WWW-Authenticate", failure instanceof OAuth2AuthenticationException
                    ? "Bearer realm=\"Stroomplan\", error=\"invalid_token\"" : "Bearer realm=\"Stroomplan\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication is required, or the credentials are wrong.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
