package id.binaan.account;

import id.binaan.shared.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.binaan.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What an administrator does to accounts, and what a user does to their own password. Every change is audited. */
@Service
class AccountAdministration {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Institutions partners;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Clock clock;
    private final LoginThrottle throttle;

    AccountAdministration(UserAccountRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog,
            Institutions partners, FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.partners = partners;
        this.sessions = sessions;
        this.clock = clock;
    }

    record AccountRow(Long id, String username, String fullName, Role role, String partnerName, boolean enabled,
            boolean locked) {
    }

    record AccountDetails(Long id, String username, String fullName, Role role, Long partnerId, boolean enabled,
            boolean mustChangePassword, long version) {
    }

    @Transactional(readOnly = true)
    List<AccountRow> list() {
        Map<Long, String> partnerNames = partners.active().stream()
                .collect(Collectors.toMap(Institutions.Institution::id, Institutions.Institution::name, (a, b) -> a));
        return repository.findAllByOrderByUsername().stream().filter(AccountAdministration::administered)
                .map(a -> new AccountRow(a.getId(), a.getUsername(), a.getFullName(), a.getRole(),
                        a.getPartnerId() == null ? null
                                : partnerNames.computeIfAbsent(a.getPartnerId(), id -> partners.find(id).map(Institutions.Institution::name).orElse("")),
                        a.isEnabled(), a.isLockedAt(clock.instant())))
                .toList();
    }

    @Transactional(readOnly = true)
    AccountDetails get(Long id) {
        UserAccount a = load(id);
        return new AccountDetails(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getPartnerId(),
                a.isEnabled(), a.isMustChangePassword(), a.getVersion());
    }

    @Transactional(readOnly = true)
    boolean usernameTaken(String username) {
        return repository.findByUsername(username.strip()).isPresent();
    }

    boolean partnerExists(Long partnerId) {
        return partnerId != null && partners.find(partnerId).isPresent();
    }

    /** A new account with a temporary password, which its user must replace at first login. */
    @Transactional
    Long create(String actor, String username, String fullName, Role role, Long partnerId, String temporaryPassword) {
        RuleViolation.require(FACILITY_ROLES.contains(role), "role", "account.role.notHere");
        RuleViolation.collect()
                .check(!usernameTaken(username), "username", "account.username.taken")
                .check(role != Role.PARTNER || partnerId == null || partnerExists(partnerId), "partnerId",
                        "account.partner.required")
                .throwIfAny();
        UserAccount account = new UserAccount(username, passwordEncoder.encode(temporaryPassword), fullName.strip(), role,
                partnerId);
        account.setPassword(account.getPasswordHash(), true);
        account = repository.save(account);
        auditLog.record(actor, "ACCOUNT_CREATED", "UserAccount", account.getId(),
                "username=" + account.getUsername() + ", role=" + role + partnerDetail(partnerId));
        return account.getId();
    }

    @Transactional
    void update(String actor, Long id, Long version, String fullName, Role role, Long partnerId) {
        UserAccount account = load(id);
        account.requireVersion(version);
        RuleViolation.require(FACILITY_ROLES.contains(role), "role", "account.role.notHere");
        RuleViolation.collect()
                .check(!account.getUsername().equalsIgnoreCase(actor) || account.getRole() == role, "role",
                        "account.role.self")
                .check(role != Role.PARTNER || partnerId == null || partnerExists(partnerId), "partnerId",
                        "account.partner.required")
                .throwIfAny();
        boolean roleChanged = account.getRole() != role || !Objects.equals(account.getPartnerId(), partnerId);
        account.change(fullName.strip(), role, partnerId);
        auditLog.record(actor, "ACCOUNT_UPDATED", "UserAccount", id,
                "username=" + account.getUsername() + ", role=" + role + partnerDetail(partnerId));
        if (roleChanged) {
            OpenSessions.end(sessions, account.getUsername());
        }
    }

    @Transactional
    String setEnabled(String actor, Long id, boolean enabled) {
        UserAccount account = load(id);
        account.setEnabled(enabled);
        auditLog.record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "UserAccount", id,
                "username=" + account.getUsername());
        if (!enabled) {
            OpenSessions.end(sessions, account.getUsername());
        }
        return account.getUsername();
    }

    @Transactional
    String resetPassword(String actor, Long id, String temporaryPassword) {
        UserAccount account = load(id);
        account.setPassword(passwordEncoder.encode(temporaryPassword), true);
        auditLog.record(actor, "PASSWORD_RESET", "UserAccount", id, "username=" + account.getUsername());
        OpenSessions.end(sessions, account.getUsername());
        return account.getUsername();
    }

    /** What became of a password change: changed, or refused with the message key to show beside the field. */
    record PasswordChange(String refusal) {

        static final PasswordChange CHANGED = new PasswordChange(null);
        static final PasswordChange WRONG_CURRENT = new PasswordChange("password.current.wrong");
        static final PasswordChange HELD = new PasswordChange("password.current.held");

        boolean changed() {
            return refusal == null;
        }
    }

    /**
     * Replaces the user's own password when the current one matches. A wrong current password is audited and counts
     * towards the account's hold like a wrong password at sign-in (LoginThrottle); while the account is held, the
     * current password is not checked at all. The password is hashed either way, so the answer's time tells nothing.
     */
    @Transactional
    PasswordChange changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = repository.findByUsername(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean matches = passwordEncoder.matches(currentPassword, account.getPasswordHash());
        if (throttle.isHeld(account)) {
            auditLog.record(username, "PASSWORD_CHANGE_FAILED", "UserAccount", account.getId(), "held");
            return PasswordChange.HELD;
        }
        if (!matches) {
            auditLog.record(username, "PASSWORD_CHANGE_FAILED", "UserAccount", account.getId(), "wrongCurrentPassword");
            throttle.accountFailed(account);
            return PasswordChange.WRONG_CURRENT;
        }
        account.setPassword(passwordEncoder.encode(newPassword), false);
        throttle.accountSucceeded(account);
        auditLog.record(username, "PASSWORD_CHANGED", "UserAccount", account.getId(), null);
        return PasswordChange.CHANGED;
    }

    @Transactional(readOnly = true)
    boolean mustChangePassword(String username) {
        return repository.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    private UserAccount load(Long id) {
        return repository.findById(id).filter(AccountAdministration::administered)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The accounts a facility's administrator manages: their facility's ADMIN and STAFF, and the partners' liaisons
     * (partners serve several facilities). Regional and national officers, and other facilities' staff, are not
     * theirs: another facility's account answers 404 like one that does not exist.
     */
    private static boolean administered(UserAccount account) {
        Long facility = id.binaan.shared.Scope.current().homeFacility();
        return account.getRole() == Role.PARTNER
                || (account.getRole().ofFacility() && account.getFacilityId() != null
                        && (facility == null || account.getFacilityId().equals(facility)));
    }

    /** The roles a facility's administrator gives: their facility's ADMIN and STAFF, and partner liaisons. */
    static final java.util.List<Role> FACILITY_ROLES = java.util.List.of(Role.ADMIN, Role.STAFF, Role.PARTNER);

    private static String partnerDetail(Long partnerId) {
        return partnerId == null ? "" : ", partnerId=" + partnerId;
    }
}
