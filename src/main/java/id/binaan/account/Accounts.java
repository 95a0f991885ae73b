package id.binaan.account;

import java.util.List;

import id.binaan.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading user accounts; the way other modules reach them. */
@Service
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /** Creates an account unless one with that username exists; returns whether it did. */
    @Transactional
    public boolean createIfAbsent(String actor, String username, String fullName, Role role, Long partnerId, String rawPassword) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        UserAccount account = repository.save(
                new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, partnerId));
        auditLog.record(actor, "ACCOUNT_CREATED", "UserAccount", account.getId(),
                "username=" + account.getUsername() + ", role=" + role);
        return true;
    }

    /**
     * Creates an account of an officer of no one facility, or of a given facility's administrator (the national
     * administration, /admin/facilities), unless the username exists; returns whether it did.
     */
    @Transactional
    public boolean createIfAbsent(String actor, String username, String fullName, Role role, Long facilityId,
            Long regionId, String rawPassword, boolean temporary) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, null,
                facilityId, regionId);
        account.setPassword(account.getPasswordHash(), temporary);
        account = repository.save(account);
        auditLog.record(actor, "ACCOUNT_CREATED", "UserAccount", account.getId(),
                "username=" + account.getUsername() + ", role=" + role
                        + (facilityId == null ? "" : ", facility=" + facilityId)
                        + (regionId == null ? "" : ", region=" + regionId));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return repository.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return repository.findAllByOrderByUsername().stream()
                .map(a -> new AccountSummary(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getPartnerId(), a.isEnabled()))
                .toList();
    }

    public record AccountSummary(Long id, String username, String fullName, Role role, Long partnerId, boolean enabled) {
    }

    /** The liaison accounts bound to that partner institution, by username. */
    @Transactional(readOnly = true)
    public List<AccountSummary> liaisonsOf(Long partnerId) {
        return repository.findByPartnerIdOrderByUsername(partnerId).stream()
                .map(a -> new AccountSummary(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getPartnerId(), a.isEnabled()))
                .toList();
    }
}
