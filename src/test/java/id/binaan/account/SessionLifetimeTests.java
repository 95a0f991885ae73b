package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTests {

    @Test
    void aSessionYoungerThanTwelveHoursGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = run(session, Duration.ofHours(11).plusMinutes(59));

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsHoweverActiveItWas() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = run(session, Duration.ofHours(12).plusMinutes(1));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpServletResponse run(MockHttpSession session, Duration age) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionLifetime(Clock.offset(Clock.systemUTC(), age)).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
