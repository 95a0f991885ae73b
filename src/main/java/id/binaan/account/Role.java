package id.binaan.account;

/** What a user account may do; see DESIGN.md, "Users and roles". */
public enum Role {
    ADMIN, STAFF, PARTNER;

    String authority() {
        return "ROLE_" + name();
    }
}
