package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problem("petugas1", "kopi pahit di pagi hari")).isEmpty();
        assertThat(policy.problem("petugas1", "x".repeat(11) + "y")).isEmpty();
    }

    @Test
    void lengthIsBetween12And128Characters() {
        assertThat(policy.problem("petugas1", "pendek-sekali".substring(0, 11))).contains("password.tooShort");
        assertThat(policy.problem("petugas1", "")).contains("password.tooShort");
        assertThat(policy.problem("petugas1", null)).contains("password.tooShort");
        assertThat(policy.problem("petugas1", "a".repeat(128))).isEmpty();
        assertThat(policy.problem("petugas1", "a".repeat(129))).contains("password.tooLong");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problem("petugas1", "password1234")).contains("password.common");
        assertThat(policy.problem("petugas1", "QWERTYUIOP123")).contains("password.common");
        assertThat(policy.problem("petugas1", "Bismillah123456")).contains("password.common");
    }

    @Test
    void theUsernameIsNotAPassword() {
        assertThat(policy.problem("koordinator.bpvp", "Koordinator.BPVP")).contains("password.username");
    }
}
