package id.binaan.account;

import id.binaan.shared.Labelled;

/** What a user account may do; see DESIGN.md, "Users and roles". */
public enum Role implements Labelled {
    ADMIN, STAFF, PARTNER;

    @Override
    public String labelKey() {
        return "role." + name();
    }

    String authority() {
        return "ROLE_" + name();
    }
}
