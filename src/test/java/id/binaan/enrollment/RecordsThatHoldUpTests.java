package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The paths that produced wrong records, tried again through the pages as staff, a liaison and an administrator
 * would: each now gives the right record or a refusal that says why. Only pages and the database are used, so that
 * the same tests also ran against the code before these rules held (where each of them failed).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordsThatHoldUpTests {

    static final RequestPostProcessor STAFF = user(TestUsers.principal(Role.STAFF, null));
    static final RequestPostProcessor ADMIN = user(TestUsers.principal(Role.ADMIN, null));

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void bulkEnrollmentStartsWithNobodyTicked() throws Exception {
        Long program = course(4, Set.of());
        String word = "Centang" + next();
        for (int i = 0; i < 3; i++) {
            inmate(word + " " + i, Education.SMP);
        }
        String page = body(get("/programs/" + program + "/enrollments/bulk").param("q", word).with(STAFF));
        assertThat(page).contains(word + " 0").doesNotContain("checked");
    }

    @Test
    void raisingTheCapacityPromotesTheFirstOnTheWaitingList() throws Exception {
        Long program = course(4, Set.of());
        List<Long> enrolled = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            enrolled.add(enrollments.enroll("test", program, inmate("Kuota " + next(), Education.SMP), null).enrollmentId());
        }
        Long partner = jdbc.queryForObject("select partner_id from program where id = ?", Long.class, program);
        send(post("/programs/" + program + "/edit").param("version", "0").param("partnerId", partner.toString())
                .param("title", "Kuota naik " + program).param("startDate", today().minusDays(14).toString())
                .param("endDate", today().plusDays(60).toString()).param("capacity", "6").param("targetJp", "160")
                .param("vocation", "Las").param("completionThresholdPercent", "80").with(STAFF));
        assertThat(status(enrolled.get(4))).isEqualTo("ACTIVE");
        assertThat(status(enrolled.get(5))).isEqualTo("ACTIVE");
        assertThat(status(enrolled.get(6))).isEqualTo("WAITLISTED");
    }

    @Test
    void aReleaseCannotBeDatedInTheFuture() throws Exception {
        Long inmate = inmate("Bebas Nanti " + next(), Education.SMP);
        MockHttpServletResponse response = send(post("/inmates/" + inmate + "/release")
                .param("date", today().plusDays(46).toString()).param("releaseType", "BEBAS_MURNI").with(STAFF));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Tanggal tidak boleh setelah hari ini");
        assertThat(jdbc.queryForObject("select status from inmate where id = ?", String.class, inmate)).isEqualTo("ACTIVE");
    }

    @Test
    void aSessionIsNotConfirmedWhileParticipantsHaveNoAttendance() throws Exception {
        Long program = course(10, Set.of(today().getDayOfWeek()));
        List<Long> enrolled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            enrolled.add(enrollments.enroll("test", program, inmate("Hadir Separuh " + next(), Education.SMP), null)
                    .enrollmentId());
        }
        Long session = session(program, today());
        send(post("/sessions/" + session + "/attendance").param("status-" + enrolled.get(0), "PRESENT")
                .param("status-" + enrolled.get(1), "PRESENT").with(ADMIN));
        MockHttpServletResponse response = send(post("/sessions/" + session + "/confirm").param("jpDelivered", "4")
                .with(ADMIN));
        assertThat(response.getContentAsString()).contains("belum dicatat");
        assertThat(jdbc.queryForObject("select confirmed_at is null from program_session where id = ?", Boolean.class,
                session)).isTrue();
    }

    @Test
    void completionOneSessionIntoACourseIsRefused() throws Exception {
        Long program = course(10, Set.of(today().getDayOfWeek()));
        Long enrollment = enrollments.enroll("test", program, inmate("Baru Mulai " + next(), Education.SMP), null)
                .enrollmentId();
        send(post("/sessions/" + session(program, today()) + "/attendance").param("status-" + enrollment, "PRESENT")
                .with(STAFF));
        MockHttpServletResponse response = send(post("/enrollments/" + enrollment + "/complete").param("version", "0")
                .param("outcome", "KOMPETEN").with(STAFF));
        assertThat(response.getContentAsString()).contains("Program belum selesai");
        assertThat(status(enrollment)).isEqualTo("ACTIVE");
    }

    @Test
    void aCourtHearingDoesNotCountAgainstTheInmate() throws Exception {
        Long program = course(10, Set.of(today().getDayOfWeek()));
        Long enrollment = enrollments.enroll("test", program, inmate("Sidang " + next(), Education.SMP), null)
                .enrollmentId();
        jdbc.update("update enrollment set activated_on = ?, enrolled_on = ? where id = ?", today().minusDays(14),
                today().minusDays(14), enrollment);
        send(post("/sessions/" + session(program, today().minusDays(14)) + "/attendance")
                .param("status-" + enrollment, "PRESENT").with(STAFF));
        send(post("/sessions/" + session(program, today().minusDays(7)) + "/attendance")
                .param("status-" + enrollment, "EXCUSED").param("reason-" + enrollment, "COURT_HEARING").with(STAFF));
        String csv = body(get("/reports/enrollments.csv").param("status", "ACTIVE").with(ADMIN));
        String name = jdbc.queryForObject("select i.full_name from inmate i join enrollment e on e.inmate_id = i.id"
                + " where e.id = ?", String.class, enrollment);
        assertThat(csv.lines().filter(line -> line.contains(name)).findFirst().orElseThrow())
                .as("present at every session expected of them").contains(",100.0,");
    }

    @Test
    void aLockedSheetOffersNoAllPresentAndACorrectionIsAuditedBeforeAndAfter() throws Exception {
        Long program = course(10, Set.of(today().getDayOfWeek()));
        Long enrollment = enrollments.enroll("test", program, inmate("Koreksi " + next(), Education.SMP), null)
                .enrollmentId();
        Long session = session(program, today());
        send(post("/sessions/" + session + "/all-present").with(ADMIN));
        send(post("/sessions/" + session + "/confirm").param("jpDelivered", "4").with(ADMIN));
        assertThat(body(get("/sessions/" + session).with(ADMIN))).doesNotContain("id=\"all-present\"");
        send(post("/sessions/" + session + "/attendance").param("status-" + enrollment, "EXCUSED")
                .param("reason-" + enrollment, "SICK").param("correctionReason", "Surat dokter").with(ADMIN));
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'ATTENDANCE_CORRECTED'"
                + " and target_id = ?", String.class, session.toString())).contains("Hadir → Izin (Sakit)");
    }

    private Long course(int capacity, Set<DayOfWeek> days) {
        Long partner = partners.ensure("Mitra Uji Catatan", PartnerType.BPVP, null, null, null, null);
        Long program = programs.ensureRunningTraining("test", new ProgramSetup.Basics(partner, "Catatan " + next(),
                today().minusDays(14), today().plusDays(60), capacity, "Aula", "Instruktur", 160), "Las", null);
        if (!days.isEmpty()) {
            programs.ensureWeeklySessions("test", program, days, LocalTime.of(8, 0), LocalTime.of(11, 0), 4, "Praktik",
                    today().plusYears(1));
        }
        return program;
    }

    private Long inmate(String name, Education education) {
        return inmates.ensure("test", new InmateDetails("B.I " + next() + "/2024", name, null, LocalDate.of(1990, 1, 1),
                Sex.MALE, LegalStatus.NARAPIDANA, education, "Blok A", LocalDate.of(2024, 1, 1), today().plusYears(3)));
    }

    private Long session(Long program, LocalDate date) {
        return jdbc.queryForObject("select id from program_session where program_id = ? and session_date = ?", Long.class,
                program, date);
    }

    private String status(Long enrollment) {
        return jdbc.queryForObject("select status from enrollment where id = ?", String.class, enrollment);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static int next() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
