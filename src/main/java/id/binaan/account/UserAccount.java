package id.binaan.account;

import java.time.Instant;

import id.binaan.shared.RuleViolation;
import id.binaan.shared.Scope;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount extends VersionedEntity {

    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long partnerId;
    private Long facilityId;
    private Long regionId;
    private boolean enabled = true;
    private int failedLoginCount;
    private Instant lockedUntil;
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    /** An account; an ADMIN or STAFF belongs to the facility of the work that creates it. */
    UserAccount(String username, String passwordHash, String fullName, Role role, Long partnerId) {
        this(username, passwordHash, fullName, role, partnerId, role.ofFacility() ? Scope.current().homeFacility() : null,
                null);
    }

    UserAccount(String username, String passwordHash, String fullName, Role role, Long partnerId, Long facilityId,
            Long regionId) {
        requireInstitutionFits(role, partnerId);
        RuleViolation.require(role.ofFacility() == (facilityId != null), "facilityId", "account.facility.required");
        RuleViolation.require((role == Role.REGIONAL) == (regionId != null), "regionId", "account.region.required");
        this.username = username.trim().toLowerCase();
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.partnerId = partnerId;
        this.facilityId = facilityId;
        this.regionId = regionId;
    }

    Long getFacilityId() {
        return facilityId;
    }

    Long getRegionId() {
        return regionId;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getFullName() {
        return fullName;
    }

    Role getRole() {
        return role;
    }

    Long getPartnerId() {
        return partnerId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Name, role and the institution a liaison belongs to; a PARTNER has one, nobody else does. */
    void change(String fullName, Role role, Long partnerId) {
        requireInstitutionFits(role, partnerId);
        RuleViolation.require(role.ofFacility() == (facilityId != null), "role", "account.role.otherKind");
        this.fullName = fullName;
        this.role = role;
        this.partnerId = partnerId;
    }

    /** A liaison (PARTNER) belongs to one partner institution; nobody else belongs to one. */
    private static void requireInstitutionFits(Role role, Long partnerId) {
        RuleViolation.require((role == Role.PARTNER) == (partnerId != null), "partnerId",
                role == Role.PARTNER ? "account.partner.required" : "account.partner.notAllowed");
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A new password; {@code temporary} when someone else chose it and the user must replace it. */
    void setPassword(String passwordHash, boolean temporary) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.failedLoginCount = 0;
        this.lockedUntil = null;
    }
}
