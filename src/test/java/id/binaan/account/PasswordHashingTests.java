package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    private final PasswordEncoder encoder = new PasswordHashing().passwordEncoder();

    @Test
    void newPasswordsAreHashedWithArgon2AndVerify() {
        String hash = encoder.encode("kata sandi yang panjang sekali");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("kata sandi yang panjang sekali", hash)).isTrue();
        assertThat(encoder.matches("kata sandi yang panjang sekalI", hash)).isFalse();
    }

    @Test
    void aPassphraseLongerThan72BytesIsNotCut() {
        String passphrase = "a".repeat(80) + "tail";
        String hash = encoder.encode(passphrase);

        assertThat(encoder.matches("a".repeat(80) + "TAIL", hash)).isFalse();
    }

    @Test
    void existingBcryptHashesStillVerify() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("rahasia-lama-2025");
        assertThat(encoder.matches("rahasia-lama-2025", hash)).isTrue();
    }

    @Test
    void plainTextAndWeakHashFormsNeverMatch() {
        assertThat(encoder.matches("secret", "{noop}secret")).isFalse();
        assertThat(encoder.matches("secret", "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69")).isFalse();
        assertThat(encoder.matches("secret", "secret")).isFalse();
    }
}
