package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A failed sign-in costs one password hash whatever the account's state: unknown, active with a wrong password,
 * held after too many failures, or disabled, so its timing tells none of these apart. Spring Security's provider
 * hashes against a dummy hash for an unknown username and still compares the password when the account's status
 * refuses it; this keeps it so (a custom provider, or a hold checked before the password, would break it).
 * Counting the encoder's comparisons per presented password says so without measuring time, which on a shared
 * machine would be flaky; a comparison is what takes the time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConstantTimeLoginTests {

    /** How often the application's encoder compared each presented password with a hash. */
    static final Map<String, AtomicInteger> COMPARISONS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class CountingEncoder {

        @Bean
        static BeanPostProcessor countComparisons() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder encoder)) {
                        return bean;
                    }
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return encoder.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            COMPARISONS.computeIfAbsent(String.valueOf(raw), key -> new AtomicInteger()).incrementAndGet();
                            return encoder.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return encoder.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRefusedSignInHashesThePresentedPasswordOnce() throws Exception {
        TestUsers users = new TestUsers(accounts, partners);
        String active = users.create(Role.STAFF);
        String held = users.create(Role.STAFF);
        jdbc.update("update user_account set failed_login_count = 12, locked_until = now() + interval '1 hour'"
                + " where username = ?", held);
        String disabled = users.create(Role.STAFF);
        jdbc.update("update user_account set enabled = false where username = ?", disabled);

        assertThat(comparisonsFor("tidak-ada-" + UUID.randomUUID())).as("unknown user").isEqualTo(1);
        assertThat(comparisonsFor(active)).as("wrong password").isEqualTo(1);
        assertThat(comparisonsFor(held)).as("held account").isEqualTo(1);
        assertThat(comparisonsFor(disabled)).as("disabled account").isEqualTo(1);
    }

    @Test
    void aHeldAccountIsStillRefusedWithItsRightPassword() throws Exception {
        String held = new TestUsers(accounts, partners).create(Role.STAFF);
        jdbc.update("update user_account set failed_login_count = 12, locked_until = now() + interval '1 hour'"
                + " where username = ?", held);
        login(held, TestUsers.PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    private int comparisonsFor(String username) throws Exception {
        String password = "salah-" + UUID.randomUUID();
        login(username, password).andExpect(redirectedUrl("/login?error"));
        AtomicInteger count = COMPARISONS.get(password);
        return count == null ? 0 : count.get();
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password) throws Exception {
        String address = "10.77." + (Math.abs(username.hashCode()) % 250) + "." + (Math.abs(password.hashCode()) % 250);
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
