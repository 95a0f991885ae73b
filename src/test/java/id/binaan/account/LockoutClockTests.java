package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Lockout and its end, with the application's clock in the test's hands: the account and the address
 * are held for exactly the cooldown, not a second less, and free again after it. (LoginThrottleTests
 * covers the same rules by moving the stored time instead.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class LockoutClockTests {

    @TestConfiguration
    static class ControlledClock {

        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SteppingClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountIsHeldForTheCooldownAndFreeAfterIt() throws Exception {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        String prefix = prefix();
        for (int i = 0; i < 10; i++) {
            login(staff, "salah-sekali-2026", prefix + i).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(lockedUntil(staff)).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(59));
        login(staff, TestUsers.PASSWORD, prefix + 20).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofSeconds(2));
        login(staff, "salah-lagi-2026", prefix + 21).andExpect(redirectedUrl("/login?error"));
        assertThat(lockedUntil(staff)).as("the eleventh failure doubles the cooldown")
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofSeconds(119));
        login(staff, TestUsers.PASSWORD, prefix + 22).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofSeconds(2));
        login(staff, TestUsers.PASSWORD, prefix + 23).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where username = ?", Integer.class, staff))
                .isZero();
    }

    @Test
    void anAddressIsHeldForTheCooldownAndFreeAfterIt() throws Exception {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        String address = prefix() + 1;
        for (int i = 0; i < 10; i++) {
            login("tebakan-" + i + "-" + staff, "salah-sekali-2026", address).andExpect(redirectedUrl("/login?error"));
        }
        clock.advance(Duration.ofSeconds(59));
        login(staff, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofSeconds(2));
        login(staff, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    private Instant lockedUntil(String username) {
        return jdbc.queryForObject("select locked_until from user_account where username = ?", Timestamp.class, username)
                .toInstant();
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private static String prefix() {
        int a = Math.abs(UUID.randomUUID().hashCode());
        return "10." + (a % 250) + "." + ((a / 250) % 250) + ".";
    }

    /** A clock that moves only when the test says so. */
    static final class SteppingClock extends Clock {

        private final AtomicReference<Instant> now;

        SteppingClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration step) {
            now.updateAndGet(instant -> instant.plus(step));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Makassar");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
