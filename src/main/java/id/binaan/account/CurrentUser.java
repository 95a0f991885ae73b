package id.binaan.account;

import id.binaan.shared.Scope;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as the rest of the application sees them: who, which role, and for a
 * liaison the partner institution every query of theirs is scoped to.
 */
public class CurrentUser extends User {

    /** Kept in the session (serialised into the database); change it when the fields change. */
    private static final long serialVersionUID = 2L;

    private final String fullName;
    private final Role role;
    private final Long partnerId;
    private final Long facilityId;
    private final Long regionId;
    private final List<Long> regionFacilities;
    private final boolean mustChangePassword;

    CurrentUser(UserAccount account, boolean locked, List<Long> regionFacilities) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.fullName = account.getFullName();
        this.role = account.getRole();
        this.partnerId = account.getPartnerId();
        this.facilityId = account.getFacilityId();
        this.regionId = account.getRegionId();
        this.regionFacilities = List.copyOf(regionFacilities);
        this.mustChangePassword = account.isMustChangePassword();
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    /** The liaison's institution; {@code null} for ADMIN and STAFF. */
    public Long getPartnerId() {
        return partnerId;
    }

    /** The facility of an ADMIN or STAFF; {@code null} for other roles. */
    public Long getFacilityId() {
        return facilityId;
    }

    /** The region of a REGIONAL officer; {@code null} for other roles. */
    public Long getRegionId() {
        return regionId;
    }

    /** What this account's requests may see and change (DESIGN.md "Users and roles"). */
    public Scope scope() {
        return switch (role) {
            case ADMIN, STAFF -> Scope.facility(facilityId);
            case PARTNER -> Scope.partner(partnerId);
            case REGIONAL -> Scope.region(regionId, regionFacilities);
            case NATIONAL -> Scope.national();
        };
    }

    /** An ADMIN or STAFF of one facility, who works on its records. */
    public boolean isFacilityStaff() {
        return role.ofFacility();
    }

    /** This role's home page. */
    public String getHome() {
        return SecurityConfiguration.RoleHome.of(this);
    }

    public boolean isRegional() {
        return role == Role.REGIONAL;
    }

    public boolean isNational() {
        return role == Role.NATIONAL;
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the password was chosen by an administrator and must be replaced at this login. */
    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
