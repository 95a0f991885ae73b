package id.binaan.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.binaan.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/** Records every refused request (a page the role may not open, or a form without its CSRF token), then answers 403. */
class AuditedAccessDenied implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(AuditedAccessDenied.class);

    private final AuditLog auditLog;
    private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

    AuditedAccessDenied(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        try {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String details = request.getMethod() + " " + (path.length() > 500 ? path.substring(0, 500) : path)
                    + (denied instanceof CsrfException ? " (CSRF)" : "");
            auditLog.record(who == null ? null : limit(who.getName()), "ACCESS_DENIED", null, null, details);
        } catch (RuntimeException e) {
            log.warn("Could not record a refused request: {}", e.toString());
        }
        page.handle(request, response, denied);
    }

    private static String limit(String name) {
        return name != null && name.length() > 50 ? name.substring(0, 50) : name;
    }
}
