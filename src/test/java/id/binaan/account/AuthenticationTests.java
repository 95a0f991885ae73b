package id.binaan.account;

import jakarta.servlet.http.Cookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.binaan.partner.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class AuthenticationTests {

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
    void staffLandOnTheDashboardAndLiaisonsOnTheirSessions() throws Exception {
        mvc.perform(formLogin("/login").user(users.create(Role.STAFF)).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(users.create(Role.ADMIN)).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(users.create(Role.PARTNER)).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/sessions"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        Cookie before = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();

        MvcResult result = mvc.perform(post("/login").param("username", users.create(Role.STAFF))
                        .param("password", TestUsers.PASSWORD).with(csrf()).cookie(before))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
        // the id from before login no longer names a session: the login page says the session has ended
        mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        String staff = users.create(Role.STAFF);
        mvc.perform(formLogin("/login").user(staff).password("salah-sekali-2026"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("tidak-ada-" + staff).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        Integer failures = jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'", Integer.class, staff);
        assertThat(failures).isEqualTo(1);
    }

    @Test
    void aStoredPlainTextPasswordNeverLogsAnyoneIn() throws Exception {
        jdbc.update("insert into user_account (username, password_hash, full_name, role, facility_id) values (?, ?, ?, 'ADMIN', 1)",
                "plain-admin", "{noop}" + TestUsers.PASSWORD, "Plain Admin");
        jdbc.update("insert into user_account (username, password_hash, full_name, role, facility_id) values (?, ?, ?, 'ADMIN', 1)",
                "md5-admin", "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69", "MD5 Admin");

        mvc.perform(formLogin("/login").user("plain-admin").password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("md5-admin").password("secret"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String staff = users.create(Role.STAFF);
        jdbc.update("update user_account set enabled = false where username = ?", staff);

        mvc.perform(formLogin("/login").user(staff).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", users.create(Role.STAFF)).param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutIsAPostThatEndsTheSession() throws Exception {
        Cookie session = mvc
                .perform(formLogin("/login").user(users.create(Role.STAFF)).password(TestUsers.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aSignedInUserVisitingTheLoginPageGoesHome() throws Exception {
        mvc.perform(get("/login").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(redirectedUrl("/"));
    }
}
