package id.binaan.account;

import jakarta.servlet.http.Cookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class AccountAdministrationTests {

    static final String NEW_PASSWORD = "teh manis hangat sore ini";

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

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(delimiter = '|', textBlock = """
            /admin/users                | 302 | 200 | 403 | 403
            /admin/users/new            | 302 | 200 | 403 | 403
            /admin/users/{id}           | 302 | 200 | 403 | 403
            /admin/users/{id}/disable   | 302 | 200 | 403 | 403
            /admin/users/{id}/password  | 302 | 200 | 403 | 403
            /admin/users/999999999      | 302 | 404 | 403 | 403
            /account/password           | 302 | 200 | 200 | 200
            """)
    void routeByRole(String route, int anonymous, int admin, int staff, int partner) throws Exception {
        String path = route.replace("{id}", idOf(users.create(Role.STAFF)).toString());
        mvc.perform(html(get(path))).andExpect(status().is(anonymous));
        mvc.perform(html(get(path)).with(as(Role.ADMIN))).andExpect(status().is(admin));
        mvc.perform(html(get(path)).with(as(Role.STAFF))).andExpect(status().is(staff));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().is(partner));
    }

    @Test
    void onlyAnAdministratorMayChangeAnAccount() throws Exception {
        Long id = idOf(users.create(Role.STAFF));
        for (String path : new String[] {"/admin/users/" + id + "/disable", "/admin/users/" + id + "/password"}) {
            mvc.perform(post(path).with(csrf()).with(as(Role.STAFF)).param("password", NEW_PASSWORD))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void theListShowsAccountsWithTheirInstitution() throws Exception {
        String liaison = users.create(Role.PARTNER);
        mvc.perform(get("/admin/users").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(liaison)))
                .andExpect(content().string(containsString("Mitra Uji " + liaison)));
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordAtFirstLogin() throws Exception {
        String username = "baru-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(csrf()).with(as(Role.ADMIN))
                        .param("username", username).param("fullName", "Siti Aminah").param("role", "STAFF")
                        .param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + idOf(username)));

        Cookie session = mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"must-change\"")));

        mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", "salah-sekali-2026")
                        .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi saat ini tidak cocok.")));
        mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWeakPasswordIsRefusedBesideItsField() throws Exception {
        mvc.perform(post("/account/password").with(csrf()).with(as(Role.STAFF))
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "password1234").param("confirmation", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(not(containsString("value=\"password1234\""))));
    }

    @Test
    void aLiaisonNeedsAnInstitutionAndNobodyElseHasOne() throws Exception {
        Long partnerId = partners.ensure("Mitra Uji Akun " + UUID.randomUUID(), PartnerType.LPK, null, null, null, null);
        String username = "mitra-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(csrf()).with(as(Role.ADMIN)).param("username", username)
                        .param("fullName", "Andi").param("role", "PARTNER").param("password", TestUsers.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnerId-error\"")));
        mvc.perform(post("/admin/users").with(csrf()).with(as(Role.ADMIN)).param("username", username)
                        .param("fullName", "Andi").param("role", "STAFF").param("partnerId", partnerId.toString())
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnerId-error\"")));
        assertThat(accounts.all()).noneMatch(a -> a.username().equals(username));
    }

    @Test
    void aStaleEditIsRefusedWith409() throws Exception {
        Long id = idOf(users.create(Role.STAFF));
        mvc.perform(post("/admin/users/" + id).with(csrf()).with(as(Role.ADMIN))
                        .param("fullName", "Nama Baru").param("role", "STAFF").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/admin/users/" + id).with(csrf()).with(as(Role.ADMIN))
                        .param("fullName", "Nama Lama").param("role", "STAFF").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select full_name from user_account where id = ?", String.class, id))
                .isEqualTo("Nama Baru");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAndItsLogins() throws Exception {
        String staff = users.create(Role.STAFF);
        Cookie session = login(staff, "/");

        mvc.perform(get("/admin/users/" + idOf(staff) + "/disable").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(staff)));
        mvc.perform(post("/admin/users/" + idOf(staff) + "/disable").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").user(staff).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_DISABLED' and details = ?",
                Integer.class, "username=" + staff)).isEqualTo(1);

        mvc.perform(post("/admin/users/" + idOf(staff) + "/enable").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(redirectedUrl("/admin/users"));
        login(staff, "/");
    }

    @Test
    void changingTheRoleEndsTheOpenSession() throws Exception {
        String staff = users.create(Role.STAFF);
        Cookie session = login(staff, "/");
        long version = jdbc.queryForObject("select version from user_account where username = ?", Long.class, staff);

        mvc.perform(post("/admin/users/" + idOf(staff)).with(csrf()).with(as(Role.ADMIN))
                        .param("fullName", "Pengguna " + staff).param("role", "ADMIN").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/admin/audit").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextLogin() throws Exception {
        String staff = users.create(Role.STAFF);
        Cookie old = login(staff, "/");
        mvc.perform(post("/admin/users/" + idOf(staff) + "/password").with(csrf()).with(as(Role.ADMIN))
                        .param("password", "sementara-" + staff))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(old)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").user(staff).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        login(staff, "sementara-" + staff, "/account/password");
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        String admin = users.create(Role.ADMIN);
        Cookie session = login(admin, "/");
        mvc.perform(post("/admin/users/" + idOf(admin) + "/disable").with(csrf()).cookie(session))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select enabled from user_account where username = ?", Boolean.class, admin)).isTrue();
    }

    private Cookie login(String username, String expectedTarget) throws Exception {
        return login(username, TestUsers.PASSWORD, expectedTarget);
    }

    private Cookie login(String username, String password, String expectedTarget) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl(expectedTarget))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private Long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private static RequestPostProcessor as(Role role) {
        return user(TestUsers.principal(role, null));
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
