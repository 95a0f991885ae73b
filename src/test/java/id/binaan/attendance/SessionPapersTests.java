package id.binaan.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The unlock list of a day for the security shift, and a session's sign-in sheet, printable before it is held. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AttendanceFixtures.class)
class SessionPapersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theUnlockListNamesPerBlockWhoLeavesWhenForWhichProgramAndWhere() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 2);
        Long moved = course.enrollments().get(1);
        jdbc.update("update inmate set cell_block = 'Blok Z' where id = (select inmate_id from enrollment where id = ?)", moved);
        String title = jdbc.queryForObject("select title from program where id = ?", String.class, course.programId());
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);

        String page = page("/reports/movements?date=" + nextWeek, staff());
        String blockZ = page.substring(page.indexOf(">Blok Z ("));
        assertThat(blockZ).startsWith(">Blok Z (1 orang)").contains("08.00–11.00").contains(title).contains("Aula")
                .contains(name(moved));
        assertThat(page).contains("Catatan pengawalan").contains("Kepala regu pengamanan")
                .contains(name(course.enrollments().get(0)));
        // a cancelled session moves nobody
        jdbc.update("update program_session set status = 'CANCELLED', cancel_reason = 'HOLIDAY' where id = ?", course.nextWeek());
        assertThat(page("/reports/movements?date=" + nextWeek, staff())).doesNotContain(title);
        mvc.perform(get("/reports/movements").with(user(TestUsers.principal(Role.PARTNER, fixtures.partnerA()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSessionsSignInSheetListsItsParticipantsWithASignatureColumnBeforeItIsHeld() throws Exception {
        var course = fixtures.course(fixtures.partnerA(), 3);
        String sheet = page("/sessions/" + course.nextWeek() + "/sign-in-sheet", staff());
        assertThat(sheet).contains("Daftar hadir: ").contains("Tanda tangan").contains("Instruktur Uji");
        for (Long enrollment : course.enrollments()) {
            assertThat(sheet).contains(name(enrollment));
        }
        assertThat(page("/sessions/" + course.nextWeek() + "/sign-in-sheet",
                user(TestUsers.principal(Role.PARTNER, fixtures.partnerA())))).contains(name(course.enrollments().get(0)));
        mvc.perform(get("/sessions/" + course.nextWeek() + "/sign-in-sheet")
                        .with(user(TestUsers.principal(Role.PARTNER, fixtures.partnerB()))))
                .andExpect(status().isNotFound());
        assertThat(page("/sessions/" + course.nextWeek(), staff())).contains("/sessions/" + course.nextWeek() + "/sign-in-sheet")
                .contains("/reports/movements?date=");
    }

    private String name(Long enrollment) {
        return jdbc.queryForObject("select i.full_name from enrollment e join inmate i on i.id = e.inmate_id where e.id = ?",
                String.class, enrollment);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }
}
