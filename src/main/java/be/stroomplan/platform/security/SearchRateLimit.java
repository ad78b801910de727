package be.stroomplan.platform.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A rate limit on subject searches ({@code GET /api/v1/subjects?q=} and the search page
 * {@code GET /subjects?q=}), per user: a token bucket of {@code capacity} searches that refills at
 * {@code perMinute}. Over the limit the API answers 429 problem+json and the page 429, both with
 * {@code Retry-After}. It runs after Spring Security, so it knows the user; anonymous requests never
 * reach a search.
 * <p>
 * The buckets live in each node's memory: with n nodes behind a balancer a user gets at most n times
 * the limit. That is the chosen trade-off (no database write per search, nothing to clean up); the
 * limit is a brake on scraping and runaway scripts, not an access rule: what a user may find is
 * decided by the policy and every search is in the audit trail anyway. See docs/SECURITY.md.
 */
@Component
class SearchRateLimit extends OncePerRequestFilter {

    /**
     * Settings under {@code stroomplan.security.search-rate-limit}.
     *
     * @param enabled whether searches are limited at all (benchmarks switch it off)
     * @param capacity the searches a user may make at once, after a pause
     * @param perMinute the searches a minute a user may make in the long run
     */
    @Validated
    @ConfigurationProperties("stroomplan.security.search-rate-limit")
    record Settings(boolean enabled, @Min(1) int capacity, @Min(1) int perMinute) {
    }

    /** Users kept at most; beyond it the buckets that are full again are forgotten. */
    private static final int MAX_USERS = 10_000;

    private final Settings settings;
    private final JsonMapper json;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SearchRateLimit(Settings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!settings.enabled() || !"GET".equals(request.getMethod()) || request.getParameter("q") == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/api/v1/subjects") && !path.equals("/subjects");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_USERS) {
            buckets.values().removeIf(bucket -> bucket.full(now, settings));
        }
        long wait = buckets.computeIfAbsent(user.getName(), name -> new Bucket(settings.capacity(), now)).take(now, settings);
        if (wait <= 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many searches; try again in " + seconds + " s.");
        problem.setTitle("Too many requests");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A token bucket; tokens are counted in nanoseconds of refill so that no rounding is lost. */
    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** Takes one token: 0 if there was one, else the nanoseconds until there is. */
        synchronized long take(long now, Settings settings) {
            refill(now, settings);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * nanosPerToken(settings));
        }

        synchronized boolean full(long now, Settings settings) {
            refill(now, settings);
            return tokens >= settings.capacity();
        }

        private void refill(long now, Settings settings) {
            tokens = Math.min(settings.capacity(), tokens + (now - updated) / nanosPerToken(settings));
            updated = now;
        }

        private static double nanosPerToken(Settings settings) {
            return 60e9 / settings.perMinute();
        }
    }
}
