package id.binaan.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the attendance pages and /sessions, for every role. The session belongs to institution A,
 * took place today and has its attendance recorded (HELD, not yet confirmed). "login" = sent to sign in,
 * "done" = redirected back to the session after the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AttendanceFixtures.class)
class AttendanceAccessTests {

    private static final String MATRIX = """
            method route                          anonymous  ADMIN  STAFF  PARTNER_A  PARTNER_B
            GET    /sessions                      login      200    200    200        200
            GET    /sessions/week                 login      200    200    200        200
            GET    /sessions/pending              login      200    200    403        403
            GET    /sessions/{id}                 login      200    200    200        404
            POST   /sessions/{id}                 login      405    405    405        405
            GET    /sessions/{id}/attendance      login      405    405    405        405
            POST   /sessions/{id}/attendance      login      done   done   done       404
            GET    /sessions/{id}/all-present     login      405    405    405        405
            POST   /sessions/{id}/all-present     login      done   done   done       404
            GET    /sessions/{id}/confirm         login      405    405    405        405
            POST   /sessions/{id}/confirm         login      done   403    done       404
            """;

    private static final List<String> ROLES = List.of("anonymous", "ADMIN", "STAFF", "PARTNER_A", "PARTNER_B");

    @Autowired
    MockMvc mvc;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    AttendanceService service;

    static Stream<Arguments> cells() {
        return MATRIX.lines().skip(1).filter(l -> !l.isBlank()).flatMap(line -> {
            String[] cols = line.trim().split("\\s+");
            return java.util.stream.IntStream.range(0, ROLES.size())
                    .mapToObj(i -> Arguments.of(cols[0], cols[1], ROLES.get(i), cols[i + 2]));
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("cells")
    void eachRouteAnswersEachRoleAsTheTableSays(String method, String route, String role, String expected)
            throws Exception {
        AttendanceFixtures.Course course = fixtures.course(fixtures.partnerA(), 1);
        Long enrollment = course.enrollments().get(0);
        service.record(TestUsers.principal(Role.STAFF, null), course.today(),
                Map.of(enrollment, new Attendance.Mark(AttendanceStatus.PRESENT, null)), null);
        String path = route.replace("{id}", course.today().toString());
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : post(path).with(csrf())
                .param("status-" + enrollment, "ABSENT").param("reason-" + enrollment, "SICK")
                .param("jpDelivered", "4");
        switch (role) {
            case "ADMIN" -> request.with(user(TestUsers.principal(Role.ADMIN, null)));
            case "STAFF" -> request.with(user(TestUsers.principal(Role.STAFF, null)));
            case "PARTNER_A" -> request.with(user(TestUsers.principal(Role.PARTNER, fixtures.partnerA())));
            case "PARTNER_B" -> request.with(user(TestUsers.principal(Role.PARTNER, fixtures.partnerB())));
            default -> { }
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        switch (expected) {
            case "login" -> assertThat(response.getRedirectedUrl()).contains("/login");
            case "done" -> assertThat(response.getRedirectedUrl()).isEqualTo("/sessions/" + course.today());
            default -> assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        }
        boolean changed = expected.equals("done");
        if (!changed) {
            assertThat(fixtures.statusOf(course.today(), enrollment)).isEqualTo("PRESENT");
            assertThat(fixtures.jpDelivered(course.today())).isNull();
        }
    }
}
