package id.binaan.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.binaan.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: per account (counted in user_account, so it survives a restart) and per
 * client address (in memory). A held account or address gets exactly the answer of a wrong password.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AddressThrottle addresses;

    LoginThrottle(UserAccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.addresses = new AddressThrottle(clock, AddressThrottle.MAX_ADDRESSES);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        addresses.failed(addressOf(event.getAuthentication()));
        if (event instanceof AuthenticationFailureLockedEvent || event.getAuthentication().getName() == null) {
            return;
        }
        accounts.findByUsername(event.getAuthentication().getName().strip()).ifPresent(this::accountFailed);
    }

    /**
     * One more wrong password for the account, whether typed at sign-in or as the current password on
     * /account/password: both count towards the same hold, so neither is a way around the other.
     */
    void accountFailed(UserAccount account) {
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return;
        }
        int failures = account.getFailedLoginCount() + 1;
        Instant until = failures >= Cooldown.FREE_FAILURES ? now.plus(Cooldown.after(failures)) : null;
        accounts.recordLoginFailures(account.getId(), failures, until);
        if (until != null) {
            auditLog.recordFor(account.getFacilityId(), account.getUsername(), "LOGIN_HELD", "UserAccount", account.getId(),
                    "failures=" + failures + ", until=" + until);
        }
    }

    /** The right password ends the count of wrong ones. */
    void accountSucceeded(UserAccount account) {
        if (account.getFailedLoginCount() > 0 || account.getLockedUntil() != null) {
            accounts.recordLoginFailures(account.getId(), 0, null);
        }
    }

    boolean isHeld(UserAccount account) {
        return account.isLockedAt(clock.instant());
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        addresses.succeeded(addressOf(event.getAuthentication()));
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(this::accountSucceeded);
    }

    boolean isAddressBlocked(String address) {
        return addresses.isBlocked(address);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** Runs before the login form is processed: a held address is answered as a wrong password would be. */
    static final class Filter extends OncePerRequestFilter {

        private final LoginThrottle throttle;
        private final AuditLog auditLog;

        Filter(LoginThrottle throttle, AuditLog auditLog) {
            this.throttle = throttle;
            this.auditLog = auditLog;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && request.getRequestURI().equals(request.getContextPath() + "/login"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.isAddressBlocked(request.getRemoteAddr())) {
                String username = request.getParameter("username");
                auditLog.record(limit(username), "LOGIN_FAILED", null, null, "AddressHeld");
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
            chain.doFilter(request, response);
        }

        private static String limit(String name) {
            String safe = name == null ? "" : name.strip();
            return safe.length() > 50 ? safe.substring(0, 50) : safe;
        }
    }
}
