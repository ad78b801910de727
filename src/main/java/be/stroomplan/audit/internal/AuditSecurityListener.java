package be.stroomplan.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;

/**
 * Logs Spring Security's authentication events: every successful authentication (LOGIN; with
 * HTTP Basic that is every request without a session), every failed one (LOGIN_FAILED, with the
 * attempted user name and the reason's type) and every logout. The records are written in a
 * transaction of their own when there is none; if one cannot be written the login fails.
 */
@Component
class AuditSecurityListener {

    private final AuditTrail trail;

    AuditSecurityListener(AuditTrail trail) {
        this.trail = trail;
    }

    /** The AuthenticationManager's event; the web filters' interactive event is not a subtype, so no double log. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        Actor actor = CurrentActor.of(authentication);
        trail.record(AuditRecord.of(AuditAction.LOGIN)
                .object("USER", actor.username())
                .details(authentication.getClass().getSimpleName())
                .actor(actor)
                .build());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        attempted = JdbcAuditTrail.cut(attempted == null || attempted.isBlank() ? "(none)" : attempted, 200);
        trail.record(AuditRecord.of(AuditAction.LOGIN_FAILED)
                .object("USER", attempted)
                .outcome(AuditOutcome.FAILURE)
                .details(event.getException().getClass().getSimpleName())
                .actor(new Actor(attempted, null, CurrentActor.clientAddress()))
                .build());
    }

    /**
     * A request or method call refused to a logged-in user. Refusals of anonymous requests are
     * not recorded: they end in a 401 and would let anyone fill the trail.
     */
    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return;
        }
        Actor actor = CurrentActor.of(authentication);
        trail.record(AuditRecord.of(AuditAction.DENIED)
                .object("REQUEST", describe(event.getSource()))
                .outcome(AuditOutcome.DENIED)
                .actor(actor)
                .build());
    }

    private static String describe(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return JdbcAuditTrail.cut(request.getMethod() + " " + request.getRequestURI(), 200);
        }
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return JdbcAuditTrail.cut(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName(), 200);
        }
        return source == null ? null : source.getClass().getSimpleName();
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Actor actor = CurrentActor.of(event.getAuthentication());
        trail.record(AuditRecord.of(AuditAction.LOGOUT)
                .object("USER", actor.username())
                .actor(actor)
                .build());
    }
}
