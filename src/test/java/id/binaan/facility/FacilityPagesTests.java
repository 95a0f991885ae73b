package id.binaan.facility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

import id.binaan.TestDatabase;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;

/**
 * What the pages say once this Binaan has several facilities: a liaison's sessions under each facility's name with
 * its time zone, the facility named in their lists of what needs them, and a partner's agreements each with its
 * facility, a facility's staff seeing only their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FacilityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Facilities facilities;

    JdbcTemplate owner = TestDatabase.get().owner();
    String tag;
    long jayapura;
    String jayapuraName;
    long partner;

    @BeforeEach
    void aPartnerWorkingInPangkepAndInJayapura() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        jayapuraName = "Lapas Uji Jayapura " + tag;
        jayapura = FacilityFixtures.newFacility(jayapuraName, "Asia/Jayapura");
        facilities.changed();
        partner = owner.queryForObject("insert into partner (name, type) values (?, 'BPVP') returning id", Long.class,
                "BPVP Lintas " + tag);
    }

    @Test
    void aLiaisonSeesTheSessionsOfEachFacilityUnderItsNameInItsOwnTime() throws Exception {
        long pangkepProgram = FacilityFixtures.programIn(TestDatabase.FACILITY, partner, "Las Pangkep " + tag);
        long jayapuraProgram = FacilityFixtures.programIn(jayapura, partner, "Menjahit Jayapura " + tag);
        session(pangkepProgram, LocalDate.now().plusDays(2), "08:00", "10:00", "SCHEDULED");
        session(jayapuraProgram, LocalDate.now().plusDays(3), "13:00", "15:30", "SCHEDULED");
        CurrentUser liaison = TestUsers.principal(Role.PARTNER, partner, "bpvp-lintas-" + tag);

        String page = mvc.perform(get("/sessions").with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(jayapuraName + " (waktu WIT)")))
                .andExpect(content().string(containsString("Rutan Kelas IIB Pangkep (waktu WITA)")))
                .andExpect(content().string(containsString("08.00–10.00 WITA")))
                .andExpect(content().string(containsString("13.00–15.30 WIT")))
                .andReturn().getResponse().getContentAsString();
        // Each session under its own facility's heading.
        assertThat(sectionOf(page, jayapuraName + " (waktu WIT)")).contains("Menjahit Jayapura " + tag)
                .doesNotContain("Las Pangkep " + tag);
        assertThat(sectionOf(page, "Rutan Kelas IIB Pangkep (waktu WITA)")).contains("Las Pangkep " + tag)
                .doesNotContain("Menjahit Jayapura " + tag);
    }

    @Test
    void aLiaisonsListsOfWhatNeedsThemNameTheFacility() throws Exception {
        long jayapuraProgram = FacilityFixtures.programIn(jayapura, partner, "Menjahit Jayapura " + tag);
        long unrecorded = session(jayapuraProgram, LocalDate.now().minusDays(2), "09:00", "11:00", "SCHEDULED");
        long awaiting = session(jayapuraProgram, LocalDate.now().minusDays(1), "09:00", "11:00", "HELD");
        CurrentUser liaison = TestUsers.principal(Role.PARTNER, partner, "bpvp-lintas-" + tag);

        String page = mvc.perform(get("/sessions").with(user(liaison))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String missing = between(page, "id=\"group-missing\"", "id=\"group-awaiting\"");
        assertThat(missing).contains("/sessions/" + unrecorded).contains("09.00 WIT · Menjahit Jayapura " + tag)
                .contains(jayapuraName);
        String awaitingGroup = between(page, "id=\"group-awaiting\"", "id=\"group-today\"");
        assertThat(awaitingGroup).contains("/sessions/" + awaiting).contains(jayapuraName);
        mvc.perform(get("/sessions/" + awaiting).with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + jayapuraName + "</span>")))
                .andExpect(content().string(containsString("09.00–11.00 WIT</span>")));
    }

    @Test
    void aPartnersAgreementsNameTheirFacilityAndEachFacilitySeesOnlyItsOwn() throws Exception {
        agreement(TestDatabase.FACILITY, "PKS/PANGKEP/" + tag);
        agreement(jayapura, "PKS/JAYAPURA/" + tag);

        mvc.perform(get("/partners/" + partner).with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PKS/PANGKEP/" + tag)))
                .andExpect(content().string(not(containsString("PKS/JAYAPURA/" + tag))))
                .andExpect(content().string(containsString(">UPT</th>")))
                .andExpect(content().string(containsString("Rutan Kelas IIB Pangkep</td>")));
        mvc.perform(get("/partners/" + partner)
                        .with(user(TestUsers.ofFacility(Role.ADMIN, jayapura, "admin-jayapura-" + tag))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PKS/JAYAPURA/" + tag)))
                .andExpect(content().string(not(containsString("PKS/PANGKEP/" + tag))))
                .andExpect(content().string(containsString(jayapuraName + "</td>")));
    }

    @Test
    void anArrivalForAnotherFacilityIsAsIfItDidNotExist() throws Exception {
        long inmate = FacilityFixtures.inmateIn(jayapura, "B.I " + tag, "Pindahan Uji " + tag);
        long receiving = FacilityFixtures.newFacility("Lapas Uji Penerima " + tag, "Asia/Makassar");
        facilities.changed();
        long transfer = owner.queryForObject("""
                insert into inmate_transfer (person_id, from_facility_id, from_inmate_id, to_facility_id, transferred_on,
                       recorded_by, registration_number, full_name, sex, legal_status, education)
                select person_id, facility_id, id, ?, current_date, 'uji', registration_number, full_name, sex,
                       legal_status, education from inmate where id = ? returning id""", Long.class, receiving, inmate);
        mvc.perform(get("/inmates/arrivals/" + transfer)
                        .with(user(TestUsers.ofFacility(Role.ADMIN, receiving, "admin-penerima-" + tag))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pindahan Uji " + tag)));
        mvc.perform(get("/inmates/arrivals/" + transfer)
                        .with(user(TestUsers.ofFacility(Role.ADMIN, jayapura, "admin-jayapura-" + tag))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inmates/arrivals/" + transfer).with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isNotFound());
    }

    private long session(long program, LocalDate on, String start, String end, String status) {
        return owner.queryForObject("""
                insert into program_session (program_id, session_date, start_time, end_time, jp, status)
                values (?, ?, cast(? as time), cast(? as time), 2, ?) returning id""", Long.class, program, on, start,
                end, status);
    }

    private void agreement(long facility, String number) {
        owner.update("""
                insert into agreement (facility_id, partner_id, number, title, scope, signed_on, valid_from, valid_until)
                values (?, ?, ?, 'Pelatihan vokasi', 'TRAINING', current_date - 30, current_date - 30,
                        current_date + 300)""", facility, partner, number);
    }

    /** The page from a facility heading to the next heading. */
    private static String sectionOf(String page, String heading) {
        int start = page.indexOf(heading + "</h2>");
        assertThat(start).as("heading " + heading).isNotNegative();
        Matcher next = Pattern.compile("<h2").matcher(page);
        return next.find(start) ? page.substring(start, next.start()) : page.substring(start);
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        int end = page.indexOf(to, start);
        assertThat(start).isNotNegative();
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
