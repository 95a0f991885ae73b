package id.binaan.account;

import id.binaan.shared.Labelled;

/** What a user account may do; see DESIGN.md, "Users and roles". */
public enum Role implements Labelled {
    ADMIN, STAFF, PARTNER, REGIONAL, NATIONAL;

    @Override
    public String labelKey() {
        return "role." + name();
    }

    /** Whether accounts of this role belong to one facility (ADMIN, STAFF). */
    public boolean ofFacility() {
        return this == ADMIN || this == STAFF;
    }

    String authority() {
        return "ROLE_" + name();
    }
}
