package id.binaan.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.AttendanceTotals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Recording and confirming attendance through the web: the rules, the locks and the scoping. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AttendanceFixtures.class)
class AttendanceRulesTests {

    private static final CurrentUser STAFF = TestUsers.principal(Role.STAFF, null);
    private static final CurrentUser ADMIN = TestUsers.principal(Role.ADMIN, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    AttendanceTotals totals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void allPresentThenTheExceptionsMarksTheSessionHeldAndKeepsWhoRecordedIt() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 3);
        var liaison = liaisonA();
        mvc.perform(get("/sessions/" + course.today()).with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 peserta aktif")))
                .andExpect(content().string(containsString("Peserta Hadir")))
                .andExpect(content().string(not(containsString("Blok A"))))
                .andExpect(content().string(not(containsString("1990"))));
        mvc.perform(post("/sessions/" + course.today() + "/all-present").with(csrf()).with(user(liaison)))
                .andExpect(redirectedUrl("/sessions/" + course.today()));
        Long absent = course.enrollments().get(1);
        mvc.perform(post("/sessions/" + course.today() + "/attendance").with(csrf()).with(user(liaison))
                        .param("status-" + absent, "ABSENT").param("reason-" + absent, "COURT_HEARING"))
                .andExpect(redirectedUrl("/sessions/" + course.today()));
        assertThat(fixtures.statusOf(course.today(), course.enrollments().get(0))).isEqualTo("PRESENT");
        assertThat(fixtures.statusOf(course.today(), absent)).isEqualTo("ABSENT");
        assertThat(fixtures.sessionStatus(course.today())).isEqualTo("HELD");
        assertThat(jdbc.queryForObject("select recorded_by from attendance where session_id = ? and enrollment_id = ?",
                String.class, course.today(), absent)).isEqualTo(liaison.getUsername());
        mvc.perform(get("/sessions/" + course.today()).with(user(STAFF)))
                .andExpect(content().string(containsString("Sidang pengadilan")))
                .andExpect(content().string(containsString("2 hadir")));
    }

    @Test
    void theSheetShowsWhatWasRecordedForEachRowAndEscapesNames() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 2);
        Long present = course.enrollments().get(0);
        Long absent = course.enrollments().get(1);
        jdbc.update("update inmate set full_name = ? where id = (select inmate_id from enrollment where id = ?)",
                "<script>alert('x')</script> \"Baso\" & Andi", absent);
        mvc.perform(post("/sessions/" + course.today() + "/attendance").with(csrf()).with(user(STAFF))
                        .param("status-" + present, "PRESENT")
                        .param("status-" + absent, "EXCUSED").param("reason-" + absent, "FAMILY_VISIT"))
                .andExpect(redirectedUrl("/sessions/" + course.today()));

        String page = mvc.perform(get("/sessions/" + course.today()).with(user(STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"status-" + present + "-PRESENT\" value=\"PRESENT\" checked=\"checked\"")
                .contains("id=\"status-" + absent + "-EXCUSED\" value=\"EXCUSED\" checked=\"checked\"")
                .doesNotContain("id=\"status-" + absent + "-PRESENT\" value=\"PRESENT\" checked")
                .contains("<option value=\"FAMILY_VISIT\" selected=\"selected\">Kunjungan keluarga</option>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Baso&quot; &amp; Andi")
                .doesNotContain("<script>alert(");
        assertThat(page.split("<option value=\"FAMILY_VISIT\" selected", -1)).hasSize(2);
    }

    @Test
    void aLongSheetIsShownAHundredByNameAndSavingAPageStaysOnIt() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 101);
        // all 101 take part (the course's capacity would have put most of them on the waiting list)
        jdbc.update("update enrollment set status = 'ACTIVE', activated_on = enrolled_on where program_id = ?",
                course.programId());
        String last = jdbc.queryForObject("select i.full_name from enrollment e join inmate i on i.id = e.inmate_id"
                + " where e.program_id = ? order by lower(i.full_name) desc limit 1", String.class, course.programId());
        Long lastEnrollment = jdbc.queryForObject("select e.id from enrollment e join inmate i on i.id = e.inmate_id"
                + " where e.program_id = ? and i.full_name = ?", Long.class, course.programId(), last);

        String first = mvc.perform(get("/sessions/" + course.today()).with(user(STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("101 peserta aktif").contains("Peserta 1–100 dari 101, urut nama.")
                .doesNotContain(last).contains("?page=1\">Berikutnya</a>");
        assertThat(first.split("<tr id=\"line-", -1)).hasSize(101);

        String second = mvc.perform(get("/sessions/" + course.today()).param("page", "1").with(user(STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Peserta 101–101 dari 101").contains(last)
                .contains("<input type=\"hidden\" name=\"page\" value=\"1\">");
        assertThat(second.split("<tr id=\"line-", -1)).hasSize(2);

        mvc.perform(post("/sessions/" + course.today() + "/attendance").with(csrf()).with(user(STAFF))
                        .param("page", "1").param("status-" + lastEnrollment, "PRESENT"))
                .andExpect(redirectedUrl("/sessions/" + course.today() + "?page=1"));
        assertThat(fixtures.statusOf(course.today(), lastEnrollment)).isEqualTo("PRESENT");
        mvc.perform(post("/sessions/" + course.today() + "/all-present").with(csrf()).with(user(STAFF)))
                .andExpect(redirectedUrl("/sessions/" + course.today()));
        assertThat(jdbc.queryForObject("select count(*) from attendance where session_id = ? and status = 'PRESENT'",
                Integer.class, course.today())).isEqualTo(101);
        // a page past the end shows the last one
        mvc.perform(get("/sessions/" + course.today()).param("page", "9").with(user(STAFF)))
                .andExpect(content().string(containsString("Peserta 101–101 dari 101")));
    }

    @Test
    void totalsCountHeldSessionsWhileActiveAndTheirJp() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 2);
        Long first = course.enrollments().get(0);
        Long second = course.enrollments().get(1);
        mvc.perform(post("/sessions/" + course.twoWeeksAgo() + "/all-present").with(csrf()).with(user(STAFF)));
        mvc.perform(post("/sessions/" + course.weekAgo() + "/attendance").with(csrf()).with(user(STAFF))
                .param("status-" + first, "PRESENT")
                .param("status-" + second, "EXCUSED").param("reason-" + second, "SICK"));
        assertThat(totals.tally(first)).isEqualTo(new AttendanceTotals.Tally(2, 2, 8, 0, 8, 8, new java.math.BigDecimal("100.0")));
        // the sick day is excused: it is not expected of them, so 4 of 4 JP expected is full attendance
        assertThat(totals.tallies(java.util.List.of(first, second)).get(second))
                .isEqualTo(new AttendanceTotals.Tally(2, 1, 8, 4, 4, 4, new java.math.BigDecimal("100.0")));
    }

    @Test
    void badAttendanceIsRefusedWithAMessageAndNothingChanges() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        var other = fixtures.course(fixtures.partnerA(), 1);
        Long mine = course.enrollments().get(0);
        Long foreign = other.enrollments().get(0);
        refused(course.today(), foreign, "PRESENT", null, "tidak aktif pada tanggal");
        refused(course.today(), mine, "ABSENT", null, "izin atau tidak hadir. Tidak ada yang diubah.");
        refused(course.nextWeek(), mine, "PRESENT", null, "belum berlangsung");
        mvc.perform(post("/sessions/" + course.nextWeek() + "/all-present").with(csrf()).with(user(STAFF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("belum berlangsung")));
        assertThat(fixtures.sessionStatus(course.nextWeek())).isEqualTo("SCHEDULED");

        var cancelled = fixtures.course(fixtures.partnerA(), 1, fixtures.today().minusDays(1));
        refused(cancelled.today(), cancelled.enrollments().get(0), "PRESENT", null, "dibatalkan");
        assertThat(fixtures.sessionStatus(cancelled.today())).isEqualTo("CANCELLED");
    }

    @Test
    void aRefusedSheetKeepsWhatWasChosenAndMarksTheMissingReason() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 3);
        Long present = course.enrollments().get(0);
        Long sick = course.enrollments().get(1);
        Long noReason = course.enrollments().get(2);
        String page = mvc.perform(post("/sessions/" + course.today() + "/attendance").with(csrf()).with(user(STAFF))
                        .param("status-" + present, "PRESENT")
                        .param("status-" + sick, "EXCUSED").param("reason-" + sick, "SICK")
                        .param("status-" + noReason, "ABSENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String name = jdbc.queryForObject("select i.full_name from enrollment e join inmate i on i.id = e.inmate_id"
                + " where e.id = ?", String.class, noReason);
        assertThat(page).contains("href=\"#reason-" + noReason + "\">Pilih alasan " + name
                        + " izin atau tidak hadir. Tidak ada yang diubah.</a>")
                .contains("id=\"status-" + present + "-PRESENT\" value=\"PRESENT\" checked=\"checked\"")
                .contains("id=\"status-" + sick + "-EXCUSED\" value=\"EXCUSED\" checked=\"checked\"")
                .contains("<option value=\"SICK\" selected=\"selected\">Sakit</option>")
                .contains("id=\"status-" + noReason + "-ABSENT\" value=\"ABSENT\" checked=\"checked\"")
                .contains("<select class=\"form-select is-invalid\" name=\"reason-" + noReason + "\"")
                .contains("id=\"reason-" + noReason + "-error\">Pilih alasan peserta yang izin atau tidak hadir.</div>")
                .doesNotContain("is-invalid\" name=\"reason-" + sick + "\"");
        assertThat(page.split("is-invalid", -1)).hasSize(2);
        for (Long enrollment : course.enrollments()) {
            assertThat(fixtures.statusOf(course.today(), enrollment)).isNull();
        }
    }

    @Test
    void anAdminsRefusedCorrectionKeepsItsReason() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        Long enrollment = course.enrollments().get(0);
        String session = "/sessions/" + course.today();
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(liaisonA())));
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaisonA())).param("jpDelivered", "4"))
                .andExpect(redirectedUrl(session));
        String page = mvc.perform(post(session + "/corrections/" + enrollment).with(csrf()).with(user(ADMIN))
                        .param("status-" + enrollment, "ABSENT").param("correctionReason", "Salah catat, ada surat dokter"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#reason-" + enrollment + "\">Pilih alasan")
                .containsPattern("id=\"status-" + enrollment + "-ABSENT\"\\s+value=\"ABSENT\" checked=\"checked\"")
                .contains(">Salah catat, ada surat dokter</textarea>")
                .contains("aria-invalid=\"true\"");
        assertThat(fixtures.statusOf(course.today(), enrollment)).isEqualTo("PRESENT");
    }

    @Test
    void confirmationIsRefusedWhileAParticipantHasNoAttendanceAndThePageNamesThem() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 3);
        List<Long> enrollments = course.enrollments();
        String session = "/sessions/" + course.today();
        mvc.perform(post(session + "/attendance").with(csrf()).with(user(STAFF))
                        .param("status-" + enrollments.get(0), "PRESENT"))
                .andExpect(redirectedUrl(session));
        List<String> missing = jdbc.queryForList("select i.full_name from enrollment e join inmate i on i.id = e.inmate_id"
                + " where e.id in (?, ?) order by lower(i.full_name)", String.class, enrollments.get(1), enrollments.get(2));

        assertThat(mvc.perform(get(session).with(user(liaisonA()))).andReturn().getResponse().getContentAsString())
                .contains("id=\"confirm-missing\"").contains(missing.get(0)).contains(missing.get(1));
        String refused = mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaisonA())).param("jpDelivered", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Pertemuan belum dapat dikonfirmasi: kehadiran 2 peserta belum dicatat")
                .contains(missing.get(0)).contains(missing.get(1));
        assertThat(fixtures.jpDelivered(course.today())).isNull();
    }

    @Test
    void aConfirmedSheetIsCorrectedOnePersonAtATimeAndTheAuditSaysBeforeAndAfterInWords() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 2);
        Long first = course.enrollments().get(0);
        Long second = course.enrollments().get(1);
        String session = "/sessions/" + course.today();
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(liaisonA())));
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaisonA())).param("jpDelivered", "4"))
                .andExpect(redirectedUrl(session));

        String locked = mvc.perform(get(session).with(user(ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(locked).doesNotContain("id=\"all-present\"").doesNotContain("id=\"save-attendance\"")
                .contains("href=\"/sessions/" + course.today() + "/corrections/" + first + "\"");
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("satu peserta setiap kali")));
        mvc.perform(post(session + "/attendance").with(csrf()).with(user(ADMIN))
                        .param("status-" + first, "EXCUSED").param("reason-" + first, "SICK")
                        .param("status-" + second, "EXCUSED").param("reason-" + second, "COURT_HEARING")
                        .param("correctionReason", "Surat dokter dan panggilan sidang"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("satu peserta setiap kali")));
        assertThat(fixtures.statusOf(course.today(), first)).isEqualTo("PRESENT");

        mvc.perform(post(session + "/corrections/" + first).with(csrf()).with(user(ADMIN))
                        .param("status-" + first, "EXCUSED").param("reason-" + first, "SICK")
                        .param("correctionReason", "Surat dokter menyusul"))
                .andExpect(redirectedUrl(session));
        assertThat(fixtures.statusOf(course.today(), first)).isEqualTo("EXCUSED");
        String name = jdbc.queryForObject("select i.full_name || ' (' || i.registration_number || ')' from enrollment e"
                + " join inmate i on i.id = e.inmate_id where e.id = ?", String.class, first);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'ATTENDANCE_CORRECTED'"
                + " and target_id = ? order by id desc limit 1", String.class, course.today().toString()))
                .isEqualTo(name + ": Hadir → Izin (Sakit); alasan koreksi: Surat dokter menyusul");
        mvc.perform(get(session + "/corrections/" + first).with(user(STAFF)))
                .andExpect(content().string(containsString("Hubungi admin")))
                .andExpect(content().string(not(containsString("id=\"save-correction\""))));
    }

    @Test
    void confirmationLocksAttendanceAndOnlyAnAdminCorrectsItWithAReason() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        Long enrollment = course.enrollments().get(0);
        var liaison = liaisonA();
        String session = "/sessions/" + course.today();
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaison)).param("jpDelivered", "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sudah dicatat")));
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(liaison)));
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaison)).param("jpDelivered", "5"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("confirmForm", "jpDelivered"));
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaison)).param("jpDelivered", "-1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("confirmForm", "jpDelivered"));
        assertThat(fixtures.jpDelivered(course.today())).isNull();

        mvc.perform(post(session + "/confirm").with(csrf()).with(user(liaison)).param("jpDelivered", "3")
                        .param("note", "Listrik padam satu jam").param("confirmedBy", "orang-lain"))
                .andExpect(redirectedUrl(session));
        assertThat(fixtures.jpDelivered(course.today())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select confirmed_by from program_session where id = ?", String.class,
                course.today())).isEqualTo(liaison.getUsername());

        refusedAs(liaison, course.today(), enrollment, "ABSENT", "SICK", "Hubungi admin");
        refusedAs(STAFF, course.today(), enrollment, "ABSENT", "SICK", "Hubungi admin");
        refusedAs(ADMIN, course.today(), enrollment, "ABSENT", "SICK", "Tuliskan alasan koreksi");
        mvc.perform(post(session + "/attendance").with(csrf()).with(user(ADMIN)).param("status-" + enrollment, "ABSENT")
                        .param("reason-" + enrollment, "SICK").param("correctionReason", "Salah catat, ada surat dokter"))
                .andExpect(redirectedUrl(session));
        assertThat(fixtures.statusOf(course.today(), enrollment)).isEqualTo("ABSENT");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ATTENDANCE_CORRECTED' "
                + "and target_id = ? and details like '%surat dokter%'", Integer.class, course.today().toString()))
                .isEqualTo(1);
    }

    @Test
    void aLiaisonOfAnotherInstitutionGetsNotFoundAndChangesNothing() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        Long enrollment = course.enrollments().get(0);
        var intruder = TestUsers.principal(Role.PARTNER, fixtures.partnerB());
        String session = "/sessions/" + course.today();
        mvc.perform(get(session).with(user(intruder))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/999999999").with(user(intruder))).andExpect(status().isNotFound());
        mvc.perform(post(session + "/attendance").with(csrf()).with(user(intruder)).param("status-" + enrollment, "PRESENT"))
                .andExpect(status().isNotFound());
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(intruder))).andExpect(status().isNotFound());
        assertThat(fixtures.statusOf(course.today(), enrollment)).isNull();
        mvc.perform(post(session + "/all-present").with(csrf()).with(user(liaisonA())));
        mvc.perform(post(session + "/confirm").with(csrf()).with(user(intruder)).param("jpDelivered", "4"))
                .andExpect(status().isNotFound());
        assertThat(fixtures.jpDelivered(course.today())).isNull();
        String title = jdbc.queryForObject("select title from program where id = ?", String.class, course.programId());
        mvc.perform(get("/sessions").param("partner", fixtures.partnerA().toString()).with(user(intruder)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
    }

    @Test
    void staffSeeMissingAttendanceAndHowLongSessionsAwaitConfirmation() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        String title = jdbc.queryForObject("select title from program where id = ?", String.class, course.programId());
        mvc.perform(post("/sessions/" + course.twoWeeksAgo() + "/all-present").with(csrf()).with(user(STAFF)));
        String page = mvc.perform(get("/sessions/pending").with(user(STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String missing = page.substring(page.indexOf("id=\"missing-heading\""), page.indexOf("id=\"awaiting-heading\""));
        String awaiting = page.substring(page.indexOf("id=\"awaiting-heading\""));
        assertThat(missing).contains(title).contains("/sessions/" + course.weekAgo());
        assertThat(awaiting).contains("/sessions/" + course.twoWeeksAgo()).contains("14 hari lalu");
    }

    @Test
    void aLiaisonsHomeGroupsTheirSessionsWhatNeedsThemFirst() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 1);
        var liaison = liaisonA();
        mvc.perform(post("/sessions/" + course.weekAgo() + "/all-present").with(csrf()).with(user(liaison)));
        mvc.perform(post("/sessions/" + course.twoWeeksAgo() + "/all-present").with(csrf()).with(user(liaison)));
        mvc.perform(post("/sessions/" + course.twoWeeksAgo() + "/confirm").with(csrf()).with(user(liaison))
                .param("jpDelivered", "4"));
        String page = mvc.perform(get("/sessions").with(user(liaison))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(group(page, "today", "upcoming")).contains("/sessions/" + course.today() + "\"");
        assertThat(group(page, "upcoming", "confirmed")).contains("/sessions/" + course.nextWeek() + "\"");
        assertThat(page.indexOf("id=\"group-missing\"")).as("what needs the liaison first")
                .isLessThan(page.indexOf("id=\"group-awaiting\"")).isLessThan(page.indexOf("id=\"group-today\""));
        assertThat(group(page, "awaiting", "today")).contains("/sessions/" + course.weekAgo() + "\"")
                .contains("7 hari lalu").doesNotContain("/sessions/" + course.twoWeeksAgo() + "\"");
        assertThat(page.substring(page.indexOf("id=\"group-confirmed\""), page.indexOf("id=\"sessions-filter\"")))
                .contains("/sessions/" + course.twoWeeksAgo() + "\"");
        mvc.perform(get("/sessions").with(user(TestUsers.principal(Role.PARTNER, fixtures.partnerB()))))
                .andExpect(content().string(not(containsString("/sessions/" + course.today() + "\""))));
    }

    private static String group(String page, String name, String next) {
        return page.substring(page.indexOf("id=\"group-" + name + "\""), page.indexOf("id=\"group-" + next + "\""));
    }

    private CurrentUser liaisonA() {
        return TestUsers.principal(Role.PARTNER, fixtures.partnerA());
    }

    private void refused(Long session, Long enrollment, String status, String reason, String message) throws Exception {
        refusedAs(STAFF, session, enrollment, status, reason, message);
    }

    private void refusedAs(CurrentUser who, Long session, Long enrollment, String status, String reason, String message)
            throws Exception {
        String before = fixtures.statusOf(session, enrollment);
        var request = post("/sessions/" + session + "/attendance").with(csrf()).with(user(who))
                .param("status-" + enrollment, status);
        if (reason != null) {
            request.param("reason-" + enrollment, reason);
        }
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
        assertThat(fixtures.statusOf(session, enrollment)).isEqualTo(before);
    }
}
