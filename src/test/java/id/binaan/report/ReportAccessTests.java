package id.binaan.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;

/** Report routes by role; 302 means "sent to the login page". */
@SpringBootTest
@AutoConfigureMockMvc
class ReportAccessTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(delimiter = '|', textBlock = """
            /                               | 302 | 200 | 200 | 302
            /reports                        | 302 | 200 | 200 | 403
            /reports?kind=NONSENSE&partner= | 302 | 200 | 200 | 403
            /reports/enrollments.csv        | 302 | 200 | 403 | 403
            /reports/unconfirmed-sessions   | 302 | 200 | 200 | 403
            /reports/missing-attendance     | 302 | 200 | 200 | 403
            /reports/release-readiness      | 302 | 200 | 200 | 403
            /reports/expiring-agreements    | 302 | 200 | 200 | 403
            /certificates/verify            | 200 | 200 | 200 | 200
            /certificates/verify?code=x     | 200 | 200 | 200 | 200
            /inmates/999999999/evidence.pdf | 302 | 404 | 404 | 403
            /enrollments/999999999/certificate.pdf | 302 | 404 | 404 | 403
            """)
    void routeByRole(String route, int anonymous, int admin, int staff, int partner) throws Exception {
        mvc.perform(html(get(route))).andExpect(status().is(anonymous));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().is(admin));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().is(partner));
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
