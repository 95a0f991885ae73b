package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that changes something refuses a request without the CSRF token, or with a wrong one, even
 * from a signed-in administrator. The routes are read from the application's own mappings, so a route
 * added later is covered without touching this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdversarialCsrfTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Set<RequestMethod> SAFE = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS,
            RequestMethod.TRACE);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;

    record Route(HttpMethod method, String path) {
    }

    @Test
    void everyChangingRouteRefusesAMissingOrWrongToken() throws Exception {
        List<Route> routes = changingRoutes();
        assertThat(routes).as("the application's changing routes").hasSizeGreaterThan(40)
                .contains(new Route(HttpMethod.POST, "/admin/users"), new Route(HttpMethod.POST, "/inmates"),
                        new Route(HttpMethod.POST, "/programs/1/enrollments"));
        routes.add(new Route(HttpMethod.POST, "/logout"));
        routes.add(new Route(HttpMethod.POST, "/login"));
        long eventsBefore = jdbc.queryForObject("select count(*) from audit_event where action <> 'ACCESS_DENIED'", Long.class);

        List<String> accepted = new ArrayList<>();
        for (Route route : routes) {
            for (RequestPostProcessor token : List.of(NO_TOKEN, csrf().useInvalidToken())) {
                for (Role role : List.of(Role.ADMIN, Role.STAFF, Role.PARTNER)) {
                    MockHttpServletResponse response = mvc.perform(attack(route).with(token)
                            .with(user(TestUsers.principal(role, role == Role.PARTNER ? 1L : null)))).andReturn().getResponse();
                    if (response.getStatus() != 403) {
                        accepted.add(route + " as " + role + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(accepted).as("routes that did not refuse a forged request").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action <> 'ACCESS_DENIED'", Long.class))
                .as("nothing was recorded as done").isEqualTo(eventsBefore);
    }

    private static final RequestPostProcessor NO_TOKEN = request -> request;

    private static MockHttpServletRequestBuilder attack(Route route) {
        return request(route.method(), route.path())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .param("fullName", "Palsu").param("role", "ADMIN").param("password", "palsu-sekali-2026")
                .param("inmateId", "1").param("reason", "palsu");
    }

    /** Every mapped route whose method may change something, with its path variables filled with 1. */
    private List<Route> changingRoutes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<RequestMethod> changing = methods.isEmpty() ? List.of(RequestMethod.POST)
                    : methods.stream().filter(m -> !SAFE.contains(m)).toList();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : changing) {
                    String path = fill(pattern);
                    if (seen.add(method + " " + path)) {
                        routes.add(new Route(HttpMethod.valueOf(method.name()), path));
                    }
                }
            }
        }
        return routes;
    }

    private static String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        return m.replaceAll("1");
    }
}
