package be.stroomplan.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Resolves the {@link Actor} of the current thread from the security context and the current
 * HTTP request, if any. Outside a request (jobs, start-up) the actor is {@link Actor#system()}.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return of(authentication);
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return new Actor("anonymous", null, clientAddress());
        }
        if (authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return new Actor(principal.username(), principal.organisationCode(), clientAddress());
        }
        return new Actor(authentication.getName(), null, clientAddress());
    }

    /** The remote address of the request being served, or {@code null} outside a request. */
    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
