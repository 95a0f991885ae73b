package id.binaan.account;

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

/** Who may open which page; 302 means "sent to the login page". */
@SpringBootTest
@AutoConfigureMockMvc
class AccessTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(useHeadersInDisplayName = false, delimiter = '|', textBlock = """
            # route               | anonymous | ADMIN | STAFF | PARTNER
            /                     | 302       | 200   | 200   | 302
            /sessions             | 302       | 200   | 200   | 200
            /admin/audit          | 302       | 200   | 403   | 403
            /admin/audit/         | 302       | 404   | 403   | 403
            /ADMIN/audit          | 302       | 404   | 404   | 403
            /actuator/health      | 200       | 200   | 200   | 200
            /actuator/env         | 302       | 403   | 403   | 403
            /actuator/beans       | 302       | 403   | 403   | 403
            /no-such-page         | 302       | 404   | 404   | 403
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
