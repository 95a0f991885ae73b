package id.binaan.partner;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every partner route for every role: liaisons never see the registry; only admins create liaison accounts. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;

    Long partner;
    Long agreement;
    Long meeting;

    @BeforeAll
    void someRecords() {
        partner = partners.ensure("Mitra Akses " + UUID.randomUUID(), PartnerType.LPK, null, null, null, null);
        LocalDate today = LocalDate.of(2026, 11, 28);
        agreement = partners.ensureAgreement(partner, "PKS/AKSES", "Uji akses", AgreementScope.TRAINING, today, today, today.plusYears(1));
        meeting = partners.ensureMeeting(partner, today, "Aula", "Petugas", "Ringkasan", List.of(Map.entry("Tindak lanjut", today)));
    }

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(delimiter = '|', textBlock = """
            /partners                          | 302 | 200 | 200 | 403
            /partners?type=PKBM&status=all     | 302 | 200 | 200 | 403
            /partners/new                      | 302 | 200 | 200 | 403
            /partners/follow-ups               | 302 | 200 | 200 | 403
            /partners/{p}                      | 302 | 200 | 200 | 403
            /partners/{p}/edit                 | 302 | 200 | 200 | 403
            /partners/{p}/deactivate           | 302 | 200 | 200 | 403
            /partners/{p}/agreements/new       | 302 | 200 | 200 | 403
            /partners/{p}/agreements/{a}/edit  | 302 | 200 | 200 | 403
            /partners/{p}/meetings/new         | 302 | 200 | 200 | 403
            /partners/{p}/meetings/{m}/edit    | 302 | 200 | 200 | 403
            /partners/{p}/liaisons/new         | 302 | 200 | 403 | 403
            /partners/999999999                | 302 | 404 | 404 | 403
            /partners/{p}/agreements/999999999/edit | 302 | 404 | 404 | 403
            /partners/{p}/meetings/999999999/edit   | 302 | 404 | 404 | 403
            """)
    void pagesByRole(String route, int anonymous, int admin, int staff, int partnerRole) throws Exception {
        String path = resolve(route);
        mvc.perform(html(get(path))).andExpect(status().is(anonymous));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().is(admin));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.PARTNER, partner)))).andExpect(status().is(partnerRole));
    }

    @ParameterizedTest(name = "POST {0} is refused to a liaison and to anonymous visitors")
    @CsvSource(textBlock = """
            /partners/new
            /partners/{p}/edit
            /partners/{p}/deactivate
            /partners/{p}/reactivate
            /partners/{p}/agreements/new
            /partners/{p}/agreements/{a}/edit
            /partners/{p}/meetings/new
            /partners/{p}/meetings/{m}/edit
            /partners/{p}/meetings/{m}/follow-ups
            /partners/{p}/follow-ups/1/done
            /partners/{p}/liaisons/new
            """)
    void changesAreRefusedToLiaisons(String route) throws Exception {
        String path = resolve(route);
        mvc.perform(html(post(path)).with(csrf())).andExpect(status().is(302));
        mvc.perform(html(post(path)).with(csrf()).with(user(TestUsers.principal(Role.PARTNER, partner)))).andExpect(status().is(403));
    }

    @ParameterizedTest(name = "POST without a CSRF token to {0} is refused")
    @CsvSource(textBlock = """
            /partners/new
            /partners/{p}/deactivate
            """)
    void changesNeedTheCsrfToken(String route) throws Exception {
        mvc.perform(html(post(resolve(route))).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(403));
    }

    @org.junit.jupiter.api.Test
    void staffCannotCreateALiaisonAccountEvenByPosting() throws Exception {
        mvc.perform(html(post(resolve("/partners/{p}/liaisons/new"))).with(csrf())
                        .with(user(TestUsers.principal(Role.STAFF, null)))
                        .param("username", "staf-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("fullName", "Coba").param("password", "sandi-panjang-sekali")
                        .param("passwordRepeat", "sandi-panjang-sekali"))
                .andExpect(status().is(403));
    }

    private String resolve(String route) {
        return route.replace("{p}", partner.toString()).replace("{a}", agreement.toString()).replace("{m}", meeting.toString());
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
