package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.inmate.Education;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class EnrollmentWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnrollmentService service;
    @Autowired
    Inmates inmates;
    @Autowired
    ProgramSetup programs;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    EnrollmentFixtures given;

    static final RequestPostProcessor STAFF = user(TestUsers.principal(Role.STAFF, null));
    static final RequestPostProcessor ADMIN = user(TestUsers.principal(Role.ADMIN, null));
    static final RequestPostProcessor PARTNER = user(TestUsers.principal(Role.PARTNER, 1L));

    @BeforeEach
    void setUp() {
        given = new EnrollmentFixtures(inmates, programs, partners, clock);
    }

    @Test
    void everyEnrollmentPageIsForAdminAndStaffOnly() throws Exception {
        Long program = given.training(5);
        Long enrollment = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        String[] routes = {"/programs/" + program + "/enrollments", "/programs/" + program + "/enrollments/new",
                "/programs/" + program + "/enrollments/bulk?q=Peserta", "/enrollments/" + enrollment,
                "/enrollments/" + enrollment + "/withdraw", "/enrollments/" + enrollment + "/complete"};
        for (String route : routes) {
            mvc.perform(get(route)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(route).with(ADMIN)).andExpect(status().isOk());
            mvc.perform(get(route).with(STAFF)).andExpect(status().isOk());
            mvc.perform(get(route).with(PARTNER)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/programs/" + program + "/enrollments").param("inmateId", given.inmate().toString())
                .with(PARTNER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "0").param("reason", "OTHER")
                .with(PARTNER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/programs/999999999/enrollments/new").with(STAFF)).andExpect(status().isNotFound());
        mvc.perform(get("/enrollments/999999999").with(STAFF)).andExpect(status().isNotFound());
    }

    @Test
    void staffFindAnInmateSeeTheRulesAndEnrollThem() throws Exception {
        Long program = given.training(5);
        Long inmate = given.inmate();
        String name = inmates.find(inmate).orElseThrow().fullName();

        mvc.perform(get("/programs/" + program + "/enrollments/new").param("q", name).with(STAFF))
                .andExpect(content().string(containsString("Periksa kelayakan " + name)));
        mvc.perform(get("/programs/" + program + "/enrollments/new").param("inmateId", inmate.toString()).with(STAFF))
                .andExpect(content().string(containsString("Belum terdaftar di program ini.")))
                .andExpect(content().string(containsString("Tidak berlaku untuk pelatihan vokasi.")));

        mvc.perform(post("/programs/" + program + "/enrollments").param("inmateId", inmate.toString()).with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program + "/enrollments"))
                .andExpect(flash().attribute("flashKey", "enrollment.enrolled.active"));

        mvc.perform(get("/programs/" + program + "/enrollments").with(STAFF))
                .andExpect(content().string(containsString("1 dari 5 tempat terisi")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/inmates/" + inmate).with(STAFF))
                .andExpect(content().string(containsString("Keikutsertaan program")))
                .andExpect(content().string(containsString("Aktif")));
    }

    @Test
    void aFailingRuleIsShownAndNothingIsWritten() throws Exception {
        Long program = given.training(5);
        Long inmate = given.inmate();
        service.enroll("petugas", program, inmate, null);

        mvc.perform(post("/programs/" + program + "/enrollments").param("inmateId", inmate.toString()).with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sudah terdaftar aktif atau di daftar tunggu program ini.")));
        assertThat(jdbc.queryForObject("select count(*) from enrollment where program_id = ? and inmate_id = ?",
                Integer.class, program, inmate)).isEqualTo(1);
    }

    @Test
    void aWarningNeedsAWrittenReasonBesideTheField() throws Exception {
        Long program = given.training(5);
        Long soonFree = given.inmate(Education.SD, given.today().plusDays(20));

        mvc.perform(post("/programs/" + program + "/enrollments").param("inmateId", soonFree.toString())
                        .param("overrideReason", "").with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuliskan alasan tetap mendaftarkan meskipun ada peringatan.")));
        mvc.perform(post("/programs/" + program + "/enrollments").param("inmateId", soonFree.toString())
                        .param("overrideReason", "Disetujui kepala rutan").with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program + "/enrollments"));
    }

    @Test
    void withdrawingNeedsAReasonAndAStaleFormIsRefused() throws Exception {
        Long program = given.training(5);
        Long enrollment = service.enroll("petugas", program, given.inmate(), null).enrollmentId();

        mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "0").with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih alasan peserta keluar.")));
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, enrollment))
                .isEqualTo("ACTIVE");
        mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "3").param("reason", "HEALTH")
                        .with(STAFF).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "0").param("reason", "HEALTH")
                        .with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/enrollments/" + enrollment));
        mvc.perform(get("/enrollments/" + enrollment).with(STAFF))
                .andExpect(content().string(containsString("Alasan kesehatan")));
        // the program page counts the ended enrollment and links to the list; the enrollments page lists it
        String name = jdbc.queryForObject("select i.full_name from inmate i join enrollment e on e.inmate_id = i.id"
                + " where e.id = ?", String.class, enrollment);
        mvc.perform(get("/programs/" + program).with(STAFF))
                .andExpect(content().string(containsString("href=\"/programs/" + program + "/enrollments\">"
                        + "Keikutsertaan yang sudah berakhir (1)</a>")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/programs/" + program + "/enrollments").with(STAFF))
                .andExpect(content().string(containsString("<summary>Keikutsertaan yang sudah berakhir (1)</summary>")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aRosterLongerThanAPageIsShownFiftyAtATimeWithItsPositionAndPageLinks() throws Exception {
        Long program = given.training(51);
        List<Long> active = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            active.add(service.enroll("petugas", program, given.inmate(), null).enrollmentId());
        }
        Long firstWaiting = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        Long secondWaiting = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        Long ended = active.remove(0);
        jdbc.update("update enrollment set status = 'WITHDRAWN', ended_on = current_date, end_reason = 'HEALTH'"
                + " where id = ?", ended);
        // 50 active, 2 waiting (the withdrawal does not move the queue when written directly), 1 ended

        String first = mvc.perform(get("/programs/" + program).with(STAFF)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("<p id=\"places\">50 dari 51 tempat terisi · 2 di daftar tunggu</p>")
                .contains("<p id=\"roster-range\">1–50 dari 52</p>")
                .contains("aria-current=\"page\">1</a>").contains("id=\"page-2\">2</a>")
                .contains("href=\"/programs/" + program + "?page=1#program-enrollments\"")
                .contains("/enrollments/" + active.get(49) + "\"")
                .doesNotContain("/enrollments/" + firstWaiting + "\"")
                .contains("Keikutsertaan yang sudah berakhir (1)</a>");
        assertThat(rows(first, "active-enrollments")).isEqualTo(50);
        assertThat(first).doesNotContain("id=\"waiting-list\"");

        String second = mvc.perform(get("/programs/" + program).param("page", "1").with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("<p id=\"roster-range\">51–52 dari 52</p>").contains("id=\"page-2\" aria-current=\"page\">2</a>")
                .doesNotContain("id=\"active-enrollments\"")
                .doesNotContain("/enrollments/" + active.get(0) + "\"")
                .contains("/enrollments/" + secondWaiting + "/put-first\"");
        assertThat(rows(second, "waiting-list")).isEqualTo(2);
        assertThat(second.indexOf("/enrollments/" + firstWaiting + "\""))
                .isLessThan(second.indexOf("/enrollments/" + secondWaiting + "\""));

        // the program's enrollments page pages the ended ones too: the last page holds the waiting and the ended
        String list = mvc.perform(get("/programs/" + program + "/enrollments").param("page", "1").with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<p id=\"roster-range\">51–53 dari 53</p>")
                .contains("<summary>Keikutsertaan yang sudah berakhir (1)</summary>")
                .contains("/enrollments/" + ended + "\"")
                .contains("href=\"/programs/" + program + "/enrollments?page=0#program-enrollments\"");
        assertThat(rows(list, "waiting-list")).isEqualTo(2);
    }

    /** Data rows of the table with that id. */
    private static int rows(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isPositive();
        String table = page.substring(start, page.indexOf("</table>", start));
        return table.substring(table.indexOf("<tbody>")).split("<tr", -1).length - 1;
    }

    @Test
    void completionMidCourseIsRefusedWithTheReasonAndWhatWasChosenStays() throws Exception {
        Long program = given.training(5);
        Long enrollment = service.enroll("petugas", program, given.inmate(), null).enrollmentId();

        String page = mvc.perform(post("/enrollments/" + enrollment + "/complete").param("version", "0")
                        .param("outcome", "KOMPETEN").param("certificateNumber", "LSP/LAS/77").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"")
                .contains("Program belum selesai: baru 0 dari 160 JP terlaksana.")
                .contains("value=\"KOMPETEN\" id=\"outcome1\" name=\"outcome\" checked=\"checked\"")
                .contains("value=\"LSP/LAS/77\"");
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, enrollment))
                .isEqualTo("ACTIVE");

        jdbc.update("update program set status = 'COMPLETED' where id = ?", program);
        mvc.perform(post("/enrollments/" + enrollment + "/complete").param("version", "0").param("outcome", "KOMPETEN")
                        .with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "JP yang dihadiri (0 dari 0 JP yang diharapkan) belum mencapai ambang 80 % program ini.")));
    }

    @Test
    void theFormsSayWhatIsMissingBesideTheFieldAndKeepWhatWasTyped() throws Exception {
        Long program = given.training(5);
        Long enrollment = service.enroll("petugas", program, given.inmate(), null).enrollmentId();

        mvc.perform(post("/programs/" + program + "/enrollments").with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#inmateId\">Pilih warga binaan yang akan didaftarkan.</a>")));
        String withdraw = mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "0")
                        .param("reason", "RELEASED").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(withdraw).contains("id=\"reason-error\">Pilih alasan peserta keluar.</div>")
                .contains("aria-invalid=\"true\"").doesNotContain(">Bebas</option>");
        String putFirst = mvc.perform(post("/enrollments/" + enrollment + "/put-first").param("version", "0")
                        .param("reason", "Segera bebas").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(putFirst).contains("Hanya warga binaan di daftar tunggu yang dapat dinaikkan atau didahulukan.")
                .contains(">Segera bebas</textarea>");
    }

    @Test
    void staffPutANamedWaitingInmateFirstWithAReason() throws Exception {
        Long program = given.training(1);
        service.enroll("petugas", program, given.inmate(), null);
        Long early = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        Long late = service.enroll("petugas", program, given.inmate(), null).enrollmentId();

        mvc.perform(get("/programs/" + program + "/enrollments").with(STAFF))
                .andExpect(content().string(containsString("href=\"/enrollments/" + late + "/put-first\"")));
        mvc.perform(get("/enrollments/" + late + "/put-first").with(STAFF))
                .andExpect(content().string(containsString("Urutan tunggu sekarang: 2.")));
        mvc.perform(post("/enrollments/" + late + "/put-first").param("version", "0").param("reason", " ")
                        .with(STAFF).with(csrf()))
                .andExpect(content().string(containsString("Tuliskan alasan mendahulukan warga binaan ini")));
        mvc.perform(post("/enrollments/" + late + "/put-first").param("version", "0")
                        .param("reason", "Rekomendasi TPP").with(STAFF).with(csrf()))
                .andExpect(redirectedUrl("/enrollments/" + late));
        mvc.perform(get("/enrollments/" + late).with(STAFF))
                .andExpect(content().string(containsString("Daftar tunggu · Urutan tunggu 1")))
                .andExpect(content().string(containsString("Rekomendasi TPP")));
        mvc.perform(get("/enrollments/" + early).with(STAFF))
                .andExpect(content().string(containsString("Daftar tunggu · Urutan tunggu 2")));
    }

    @Test
    void aStaleFormIsAnsweredWithTheSameMessageAndKeepsTheOtherPersonsChange() throws Exception {
        Long program = given.training(5);
        Long enrollment = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        service.withdraw("orang-lain", enrollment, 0L, EndReason.HEALTH);

        mvc.perform(post("/enrollments/" + enrollment + "/withdraw").param("version", "0").param("reason", "OTHER")
                        .with(STAFF).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "Data ini sudah diubah orang lain sejak Anda membukanya; isian Anda tidak disimpan.")));
        assertThat(jdbc.queryForObject("select end_reason from enrollment where id = ?", String.class, enrollment))
                .isEqualTo("HEALTH");
    }

    @Test
    void fromTheInmatesPageStaffChooseAProgramAndReachItsEligibilityPanel() throws Exception {
        Long program = given.training(5);
        Long inmate = given.inmate();
        String title = jdbc.queryForObject("select title from program where id = ?", String.class, program);

        mvc.perform(get("/inmates/" + inmate).with(STAFF))
                .andExpect(content().string(containsString("/inmates/" + inmate + "/enrollments/new")));
        mvc.perform(get("/inmates/" + inmate + "/enrollments/new").with(STAFF))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/programs/" + program + "/enrollments/new?inmateId=" + inmate)));
        mvc.perform(get("/inmates/" + inmate + "/enrollments/new").with(PARTNER)).andExpect(status().isForbidden());
    }
}
