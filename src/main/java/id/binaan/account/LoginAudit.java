package id.binaan.account;

import id.binaan.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every login attempt, successful or not, goes to the audit log: into the log of the account's facility (its
 * administrator sees who signed in and who failed), or the national log for accounts of no facility and unknown
 * names.
 */
@Component
class LoginAudit {

    private final AuditLog auditLog;
    private final UserAccountRepository accounts;

    LoginAudit(AuditLog auditLog, UserAccountRepository accounts) {
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Long facility = event.getAuthentication().getPrincipal() instanceof CurrentUser user ? user.getFacilityId() : null;
        auditLog.recordFor(facility, event.getAuthentication().getName(), "LOGIN_SUCCEEDED", null, null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = limit(event.getAuthentication().getName());
        Long facility = name.isEmpty() ? null
                : accounts.findByUsername(name).map(UserAccount::getFacilityId).orElse(null);
        auditLog.recordFor(facility, name, "LOGIN_FAILED", null, null, event.getException().getClass().getSimpleName());
    }

    private static String limit(String name) {
        String safe = name == null ? "" : name.strip();
        return safe.length() > 50 ? safe.substring(0, 50) : safe;
    }
}
