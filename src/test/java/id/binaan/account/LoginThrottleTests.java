package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import id.binaan.partner.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts, partners);
    }

    @Test
    void tenFailuresHoldTheAccountUntilTheCooldownEnds() throws Exception {
        String staff = users.create(Role.STAFF);
        String prefix = randomPrefix();
        for (int i = 0; i < 10; i++) {
            login(staff, "salah-sekali-2026", prefix + i).andExpect(redirectedUrl("/login?error"));
        }
        Timestamp until = jdbc.queryForObject("select locked_until from user_account where username = ?", Timestamp.class, staff);
        assertThat(until.toInstant()).isAfter(Instant.now().plusSeconds(30)).isBefore(Instant.now().plusSeconds(61));

        login(staff, TestUsers.PASSWORD, prefix + 20).andExpect(redirectedUrl("/login?error"));
        login("tidak-ada-" + staff, TestUsers.PASSWORD, prefix + 21).andExpect(redirectedUrl("/login?error"));

        jdbc.update("update user_account set locked_until = now() - interval '1 second' where username = ?", staff);
        login(staff, TestUsers.PASSWORD, prefix + 22).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where username = ?", Integer.class, staff))
                .isZero();
    }

    @Test
    void theCooldownGrowsWithFurtherFailures() throws Exception {
        String staff = users.create(Role.STAFF);
        jdbc.update("update user_account set failed_login_count = 11, locked_until = now() - interval '1 second' where username = ?",
                staff);
        login(staff, "salah-sekali-2026", randomPrefix() + 1).andExpect(redirectedUrl("/login?error"));

        Timestamp until = jdbc.queryForObject("select locked_until from user_account where username = ?", Timestamp.class, staff);
        assertThat(until.toInstant()).isAfter(Instant.now().plusSeconds(3 * 60 + 30));
    }

    @Test
    void tenFailuresFromOneAddressHoldThatAddressOnly() throws Exception {
        String staff = users.create(Role.STAFF);
        String address = randomPrefix() + 1;
        for (int i = 0; i < 10; i++) {
            login("tebakan-" + i + "-" + staff, "salah-sekali-2026", address).andExpect(redirectedUrl("/login?error"));
        }

        login(staff, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where username = ?", Integer.class, staff))
                .isZero();
        login(staff, TestUsers.PASSWORD, randomPrefix() + 2).andExpect(redirectedUrl("/"));
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private static String randomPrefix() {
        int a = Math.abs(UUID.randomUUID().hashCode());
        return "10." + (a % 250) + "." + ((a / 250) % 250) + ".";
    }
}
