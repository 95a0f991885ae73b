package id.binaan.report;

import id.binaan.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Someone without an account guessing verification codes from one address: after ten checks in a minute they are
 * asked to wait (429, with the reason on the page), and their guesses fill the audit log with one event for the
 * window, not one per guess. Another address is not affected.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateGuessingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void guessesFromOneAddressAreLimitedAndAuditedTogether() throws Exception {
        String guesser = "203.0.113.77";
        List<Integer> statuses = new ArrayList<>();
        String last = null;
        for (int i = 0; i < 30; i++) {
            String code = String.format("ZZZZ-ZZZZ-Z%03d", i).replace('0', 'Q').replace('1', 'R');
            MvcResult result = mvc.perform(get("/certificates/verify").param("code", code)
                    .with(request -> {
                        request.setRemoteAddr(guesser);
                        return request;
                    })).andReturn();
            statuses.add(result.getResponse().getStatus());
            last = result.getResponse().getContentAsString();
        }
        assertThat(statuses.subList(0, VerificationLimits.CHECKS_PER_MINUTE)).containsOnly(200);
        assertThat(statuses.subList(VerificationLimits.CHECKS_PER_MINUTE, 30)).containsOnly(429);
        assertThat(last).contains("id=\"too-many\"", "Tunggu sebentar");
        // anonymous guesses belong to no facility's log: read as the owner, who sees every event
        assertThat(TestDatabase.get().owner().queryForObject("select count(*) from audit_event where action = 'CERTIFICATE_NOT_VERIFIED'"
                + " and details like ?", Integer.class, "address=" + guesser + ",%"))
                .as("one audit event for the guesses of the window").isEqualTo(1);

        MvcResult other = mvc.perform(get("/certificates/verify").param("code", "ZZZZ-ZZZZ-ZZZZ")
                .with(request -> {
                    request.setRemoteAddr("203.0.113.78");
                    return request;
                })).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(200);
    }
}
