package id.binaan.account;

import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.audit.AuditLog;
import id.binaan.facility.Facilities;
import id.binaan.shared.RuleViolation;

/**
 * The accounts the directorate gives (NATIONAL, /admin/facilities/accounts): regional officers, each of one region,
 * and facility administrators, each of one facility. A facility's administrator then makes its staff's accounts.
 */
@Service
@PreAuthorize("hasRole('NATIONAL')")
class OfficerAccounts {

    /** The roles given here. */
    static final List<Role> ROLES = List.of(Role.REGIONAL, Role.ADMIN);

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Facilities facilities;

    OfficerAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog,
            Facilities facilities) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.facilities = facilities;
    }

    /** An account as the list shows it: where it works is its region's or its facility's name. */
    record OfficerRow(Long id, String username, String fullName, Role role, String workplace, boolean enabled) {
    }

    @Transactional(readOnly = true)
    List<OfficerRow> list() {
        return repository.findByRoleInOrderByUsername(Set.copyOf(ROLES)).stream()
                .map(a -> new OfficerRow(a.getId(), a.getUsername(), a.getFullName(), a.getRole(),
                        a.getRole() == Role.REGIONAL
                                ? facilities.region(a.getRegionId()).map(Facilities.RegionInfo::name).orElse("")
                                : facilities.find(a.getFacilityId()).map(Facilities.FacilityInfo::name).orElse(""),
                        a.isEnabled()))
                .toList();
    }

    /** A new account with a temporary password, which its officer replaces at first sign-in. */
    @Transactional
    Long create(String actor, String username, String fullName, Role role, Long regionId, Long facilityId,
            String temporaryPassword) {
        RuleViolation.require(ROLES.contains(role), "role", "officer.role.notHere");
        Long region = role == Role.REGIONAL ? regionId : null;
        Long facility = role == Role.ADMIN ? facilityId : null;
        RuleViolation.collect()
                .check(repository.findByUsername(username.strip()).isEmpty(), "username", "account.username.taken")
                .check(role != Role.REGIONAL || facilities.region(region).isPresent(), "regionId",
                        "officer.region.required")
                .check(role != Role.ADMIN || facilities.find(facility).isPresent(), "facilityId",
                        "officer.facility.required")
                .throwIfAny();
        UserAccount account = new UserAccount(username.strip(), passwordEncoder.encode(temporaryPassword),
                fullName.strip(), role, null, facility, region);
        account.setPassword(account.getPasswordHash(), true);
        try {
            account = repository.save(account); // an identity key: the insert, and the unique index, run here
        } catch (DataIntegrityViolationException sameUsernameAtOnce) {
            throw new RuleViolation("username", "account.username.taken");
        }
        auditLog.record(actor, "ACCOUNT_CREATED", "UserAccount", account.getId(),
                "username=" + account.getUsername() + ", role=" + role
                        + (facility == null ? "" : ", facility=" + facility)
                        + (region == null ? "" : ", region=" + region));
        return account.getId();
    }
}
