package id.binaan.account;

import id.binaan.TestDatabase;

import java.util.List;

import java.util.UUID;

import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;

/** Accounts for tests: unique usernames, one known password. */
public final class TestUsers {

    public static final String PASSWORD = "uji-kata-sandi-2026";

    private final Accounts accounts;
    private final Partners partners;

    public TestUsers(Accounts accounts, Partners partners) {
        this.accounts = accounts;
        this.partners = partners;
    }

    /** Creates an account with that role (a PARTNER one bound to a test institution) and returns its username. */
    public String create(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long partnerId = role == Role.PARTNER
                ? partners.ensure("Mitra Uji " + username, PartnerType.LPK, null, null, null, null)
                : null;
        accounts.createIfAbsent("test", username, "Pengguna " + username, role, partnerId, PASSWORD);
        return username;
    }

    /** A signed-in principal for MockMvc, without going through the login form. */
    public static CurrentUser principal(Role role, Long partnerId) {
        return principal(role, partnerId, role.name().toLowerCase() + "-principal");
    }

    /** An ADMIN or STAFF of another facility than the tests' own. */
    public static CurrentUser ofFacility(Role role, long facilityId, String username) {
        UserAccount account = new UserAccount(username, "{argon2}unused", "Pengguna " + role, role, null, facilityId, null);
        return new CurrentUser(account, false, List.of());
    }

    /** A regional officer of a region with these facilities. */
    public static CurrentUser regional(long regionId, List<Long> facilities) {
        UserAccount account = new UserAccount("kanwil-principal", "{argon2}unused", "Petugas Kanwil", Role.REGIONAL, null,
                null, regionId);
        return new CurrentUser(account, false, facilities);
    }

    /** The same, with a username of its own (for what is counted per user). */
    public static CurrentUser principal(Role role, Long partnerId, String username) {
        UserAccount account = new UserAccount(username, "{argon2}unused", "Pengguna " + role, role, partnerId,
                role.ofFacility() ? TestDatabase.FACILITY : null, role == Role.REGIONAL ? 1L : null);
        return new CurrentUser(account, false, role == Role.REGIONAL ? List.of(TestDatabase.FACILITY) : List.of());
    }
}
