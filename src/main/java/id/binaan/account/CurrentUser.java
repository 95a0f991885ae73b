package id.binaan.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as the rest of the application sees them: who, which role, and for a
 * liaison the partner institution every query of theirs is scoped to.
 */
public class CurrentUser extends User {

    /** Kept in the session (serialised into the database); change it when the fields change. */
    private static final long serialVersionUID = 1L;

    private final String fullName;
    private final Role role;
    private final Long partnerId;
    private final boolean mustChangePassword;

    CurrentUser(UserAccount account, boolean locked) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.fullName = account.getFullName();
        this.role = account.getRole();
        this.partnerId = account.getPartnerId();
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
