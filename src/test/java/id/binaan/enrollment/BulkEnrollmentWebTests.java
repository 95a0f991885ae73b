package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** DESIGN.md rule 1: several at once, nobody ticked to begin with, the split shown before committing. */
@SpringBootTest
@AutoConfigureMockMvc
class BulkEnrollmentWebTests {

    static final RequestPostProcessor STAFF = user(TestUsers.principal(Role.STAFF, null));

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    EnrollmentFixtures given;
    Long program;
    String word;
    List<Long> found = new ArrayList<>();

    /** A 2-place course, and five eligible inmates whose names share a word nobody else has. */
    @BeforeEach
    void setUp() {
        given = new EnrollmentFixtures(inmates, programs, partners, clock);
        program = given.training(2);
        word = "Borong" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            int n = (int) (System.nanoTime() % 1_000_000) + i;
            found.add(inmates.ensure("test", new InmateDetails("B.I " + n + "/2024", word + " Peserta " + i, null,
                    LocalDate.of(1991, 1, 1), Sex.MALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok C",
                    LocalDate.of(2024, 1, 1), given.today().plusYears(3))));
        }
    }

    @Test
    void nobodyIsTickedToBeginWith() throws Exception {
        String page = mvc.perform(get("/programs/" + program + "/enrollments/bulk").param("q", word).with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (Long id : found) {
            assertThat(page).contains("id=\"pick-" + id + "\"");
        }
        assertThat(page).doesNotContain("checked");
    }

    @Test
    void theSplitIsShownBeforeCommittingAndExactlyTheChosenAreEnrolled() throws Exception {
        List<Long> chosen = found.subList(1, 4);
        String confirm = mvc.perform(chosen(get("/programs/" + program + "/enrollments/bulk/confirm"), chosen)
                        .with(STAFF)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("3 warga binaan dipilih: 2 akan menjadi peserta aktif, 1 masuk daftar tunggu.")
                .contains("Daftarkan 3 peserta");
        assertThat(count()).as("nothing written before committing").isZero();

        mvc.perform(chosen(post("/programs/" + program + "/enrollments/bulk"), chosen)
                        .param("expectedActive", "2").param("expectedWaiting", "1").with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program + "/enrollments"))
                .andExpect(flash().attribute("flashKey", "enrollment.bulk.done"));
        assertThat(jdbc.queryForList("select inmate_id from enrollment where program_id = ?", Long.class, program))
                .containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(jdbc.queryForObject("select count(*) from enrollment where program_id = ? and status = 'ACTIVE'",
                Integer.class, program)).isEqualTo(2);
    }

    @Test
    void whenThePlacesChangedMeanwhileTheNewSplitIsShownAndNothingIsWritten() throws Exception {
        List<Long> chosen = found.subList(0, 2);
        jdbc.update("update program set capacity = 1 where id = ?", program);
        String refused = mvc.perform(chosen(post("/programs/" + program + "/enrollments/bulk"), chosen)
                        .param("expectedActive", "2").param("expectedWaiting", "0").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Tempat di program ini berubah sejak Anda memeriksa: kini 1 akan menjadi peserta aktif"
                + " dan 1 masuk daftar tunggu.")
                .contains("name=\"expectedActive\" value=\"1\"");
        assertThat(count()).isZero();
    }

    @Test
    void choosingNobodyIsRefusedOnTheChoicePage() throws Exception {
        mvc.perform(get("/programs/" + program + "/enrollments/bulk/confirm").param("q", word).with(STAFF))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Pilih paling sedikit satu warga binaan.")));
    }

    private MockHttpServletRequestBuilder chosen(MockHttpServletRequestBuilder request, List<Long> ids) {
        request.param("q", word);
        ids.forEach(id -> request.param("inmateIds", id.toString()));
        return request;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from enrollment where program_id = ?", Integer.class, program);
    }
}
