package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the IT staff see: health, metrics, and log lines that name request and user but no personal data. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;

    @Test
    void healthTellsAnyoneTheStatusAndOnlyAnAdminItsDatabase() throws Exception {
        mvc.perform(get("/actuator/health").with(from("10.20.30.40"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")))
                .andExpect(content().string(not(containsString("db"))));
        mvc.perform(get("/actuator/health").with(from("10.20.30.40")).with(as(Role.STAFF)))
                .andExpect(content().string(not(containsString("db"))));
        mvc.perform(get("/actuator/health").with(from("10.20.30.40")).with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"db\":{\"details\":{\"database\":\"PostgreSQL\"")));
    }

    @Test
    void metricsAreForAnAdminOrTheMachineItself() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")).with(as(Role.STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")).with(as(Role.PARTNER)))
                .andExpect(status().isForbidden());
        for (String loopback : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            mvc.perform(get("/actuator/prometheus").with(from(loopback))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("hikaricp_connections_active")))
                    .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                    .andExpect(content().string(containsString("http_server_requests_seconds")));
        }
        mvc.perform(get("/actuator/prometheus").with(from("10.20.30.40")).with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("hikaricp_connections_active")));
        mvc.perform(get("/actuator/env").with(from("127.0.0.1")).with(as(Role.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void aRequestIdIsTakenWhenWellFormedAndMadeOtherwise() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "proxy-7f3a9c21"))
                .andExpect(header().string("X-Request-Id", "proxy-7f3a9c21"));
        mvc.perform(get("/login").header("X-Request-Id", "x\n2026-11-28 INFO forged line"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
        mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void logLinesNameRequestAndUserButNoNikBirthDateOrPassword(CapturedOutput output) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nik = "7310" + (100_000_000_000L + random.nextLong(800_000_000_000L));
        String importedNik = "7311" + (100_000_000_000L + random.nextLong(800_000_000_000L));
        int year = 1900 + random.nextInt(1, 99);
        String number = "B.I " + random.nextInt(1000, 900_000) + "/" + year;
        String password = "Sandi-Salah-" + random.nextInt(100_000, 999_999);

        mvc.perform(post("/inmates").with(csrf()).with(as(Role.STAFF)).header("X-Request-Id", "uji-log-simpan-1")
                        .param("registrationNumber", number).param("fullName", "Warga Uji Log")
                        .param("nik", nik).param("birthDate", "1987-06-29").param("sex", "MALE")
                        .param("legalStatus", "NARAPIDANA").param("education", "SMP").param("cellBlock", "Blok L")
                        .param("admissionDate", "2026-01-12").param("expectedReleaseDate", "2029-01-12"))
                .andExpect(status().isFound());
        mvc.perform(get("/inmates").param("q", nik).with(as(Role.STAFF))).andExpect(status().isOk());

        String csv = "registration_number,full_name,nik,birth_date,sex,legal_status,education,cell_block,admission_date,expected_release_date\n"
                + "B.I " + random.nextInt(1000, 900_000) + "/" + year + ",Warga Impor Log," + importedNik
                + ",1979-03-14,P,NARAPIDANA,SD,Blok M,2025-05-05,2028-05-05\n"
                + "B.I " + random.nextInt(1000, 900_000) + "/" + year + ",Baris Salah,12345,1969-11-30,X,NARAPIDANA,SD,Blok M,2025-05-05,2028-05-05\n";
        String report = mvc.perform(multipart("/inmates/import")
                        .file(new MockMultipartFile("file", "log.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(Role.STAFF)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(report).with(as(Role.STAFF))).andExpect(status().isOk());
        mvc.perform(post(report + "/start").with(csrf()).with(as(Role.STAFF))).andExpect(status().is3xxRedirection());
        waitForTheImport(report);

        String username = new TestUsers(accounts, partners).create(Role.STAFF);
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/login?error"));

        List<String> lines = output.getAll().lines().toList();
        for (String secret : List.of(nik, importedNik, "12345,", password, "1987-06-29", "29-06-1987", "29/06/1987",
                "29 Juni 1987", "1979-03-14", "14/03/1979", "14 Maret 1979", "1969-11-30", "30/11/1969")) {
            assertThat(lines).as("log lines containing " + secret).noneMatch(line -> line.contains(secret));
        }
        assertThat(lines).as("the line of the saved form names its request id and user")
                .anyMatch(line -> line.contains("[uji-log-simpan-1] [staff-principal]") && line.contains("POST /inmates 302"));
        assertThat(lines).as("the failed login has a line with a request id")
                .anyMatch(line -> line.matches(".*\\[[0-9a-f-]{36}] \\[] .*POST /login 302.*"));
    }

    private void waitForTheImport(String report) throws Exception {
        for (int i = 0; i < 300; i++) {
            String page = mvc.perform(get(report + "/progress").with(as(Role.STAFF))).andReturn().getResponse()
                    .getContentAsString();
            if (page.contains("Impor selesai")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private static RequestPostProcessor as(Role role) {
        return user(TestUsers.principal(role, role == Role.PARTNER ? 1L : null));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
