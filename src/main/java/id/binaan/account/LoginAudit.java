package id.binaan.account;

import id.binaan.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login attempt, successful or not, goes to the audit log. */
@Component
class LoginAudit {

    private final AuditLog auditLog;

    LoginAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        auditLog.record(event.getAuthentication().getName(), "LOGIN_SUCCEEDED", null, null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        auditLog.record(limit(event.getAuthentication().getName()), "LOGIN_FAILED", null, null,
                event.getException().getClass().getSimpleName());
    }

    private static String limit(String name) {
        String safe = name == null ? "" : name.strip();
        return safe.length() > 50 ? safe.substring(0, 50) : safe;
    }
}
