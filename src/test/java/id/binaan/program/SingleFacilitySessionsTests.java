package id.binaan.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import id.binaan.TestDatabase;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.facility.Facilities;
import id.binaan.facility.FacilityFixtures;

/** While this Binaan knows one facility, a liaison's sessions have no facility headings (the test database knows
 * many, so the facilities answer as a single-facility Binaan would). */
@SpringBootTest
@AutoConfigureMockMvc
class SingleFacilitySessionsTests {

    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    Facilities facilities;

    @Test
    void aLiaisonOfTheOnlyFacilitySeesNoFacilityHeadingNorFacilityNames() throws Exception {
        doReturn(true).when(facilities).single();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JdbcTemplate owner = TestDatabase.get().owner();
        long partner = owner.queryForObject("insert into partner (name, type) values (?, 'PKBM') returning id",
                Long.class, "PKBM Tunggal " + tag);
        long program = FacilityFixtures.programIn(TestDatabase.FACILITY, partner, "Paket C " + tag);
        owner.update("""
                insert into program_session (program_id, session_date, start_time, end_time, jp, status)
                values (?, ?, time '08:00', time '10:00', 2, 'SCHEDULED'), (?, ?, time '08:00', time '10:00', 2, 'SCHEDULED')""",
                program, LocalDate.now().plusDays(1), program, LocalDate.now().minusDays(1));
        mvc.perform(get("/sessions").with(user(TestUsers.principal(Role.PARTNER, partner, "pkbm-" + tag))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paket C " + tag)))
                .andExpect(content().string(containsString("08.00–10.00 WITA")))
                .andExpect(content().string(not(containsString("(waktu WITA)"))))
                .andExpect(content().string(not(containsString("Rutan Kelas IIB Pangkep"))));
    }
}
