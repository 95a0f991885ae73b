package id.binaan.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.binaan.TestDatabase;
import id.binaan.account.Accounts;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;

/**
 * The whole isolation matrix of a deployment with many facilities (DESIGN.md "Users and roles"): three facilities —
 * ours (the tests' first facility, in region R1), another in R1 and one in another region R2 — each with a
 * canary-named record of every facility-owned kind a page reaches by id. Every role × every such route × every
 * facility answers what the role may do there, and no page a role may not see carries another facility's canary;
 * every list and report carries only the canaries the role may read. Each test gathers every failure of its part
 * of the matrix before failing, so that one run shows all of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixTests {

    /** Where a record is, seen from our facility. */
    enum Where {
        OURS("Pangkep"), SAME_REGION("SamaWilayah"), OTHER_REGION("LainWilayah");

        final String label;

        Where(String label) {
            this.label = label;
        }
    }

    /** One facility's canary records; every canary text of it contains {@link #token}. */
    record Records(Where where, long facility, String token, String code, long inmate, long otherInmate, long program,
            long session, long unrecordedSession, long activeEnrollment, long completedEnrollment, long partner,
            long agreement, long meeting) {
    }

    record Route(String name, Function<Records, String> path) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Facilities facilities;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final Map<Where, Records> records = new EnumMap<>(Where.class);
    long ourPartner;
    long theirPartner;
    long region1;
    String sameRegionName;
    String otherRegionName;
    final Map<Role, CurrentUser> principals = new EnumMap<>(Role.class);

    JdbcTemplate owner() {
        return TestDatabase.get().owner();
    }

    @BeforeAll
    void threeFacilitiesWithCanaries() {
        JdbcTemplate owner = owner();
        region1 = FacilityFixtures.regionOf(TestDatabase.FACILITY);
        sameRegionName = "Lapas Uji Sewilayah " + tag;
        otherRegionName = "Lapas Uji Wilayah Lain " + tag;
        long same = owner.queryForObject("insert into facility (code, name, type, region_id, zone, head_name, head_nip) "
                + "values (?, ?, 'LAPAS', ?, 'Asia/Makassar', 'Kepala Uji', '198001012005011001') returning id", Long.class,
                "SAMA-" + tag.toUpperCase(), sameRegionName, region1);
        long other = FacilityFixtures.newFacility(otherRegionName, "Asia/Jayapura");
        facilities.changed();
        // a partner working only in ours, and another working in the two other facilities
        ourPartner = owner.queryForObject("insert into partner (name, type) values (?, 'BPVP') returning id", Long.class,
                "BPVP Matriks " + tag);
        theirPartner = owner.queryForObject("insert into partner (name, type) values (?, 'LPK') returning id", Long.class,
                "LPK Matriks " + tag);
        records.put(Where.OURS, canaries(Where.OURS, TestDatabase.FACILITY, ourPartner));
        records.put(Where.SAME_REGION, canaries(Where.SAME_REGION, same, theirPartner));
        records.put(Where.OTHER_REGION, canaries(Where.OTHER_REGION, other, theirPartner));

        principals.put(Role.ADMIN, TestUsers.principal(Role.ADMIN, null, "admin-matriks"));
        principals.put(Role.STAFF, TestUsers.principal(Role.STAFF, null, "staf-matriks"));
        principals.put(Role.PARTNER, TestUsers.principal(Role.PARTNER, ourPartner, "mitra-matriks"));
        // a regional officer as signing in makes them: their region's facilities from the database
        String kanwil = "kanwil-matriks-" + tag;
        accounts.createIfAbsent("test", kanwil, "Petugas Kanwil Matriks", Role.REGIONAL, null, region1,
                TestUsers.PASSWORD, false);
        principals.put(Role.REGIONAL, (CurrentUser) userDetails.loadUserByUsername(kanwil));
        principals.put(Role.NATIONAL, TestUsers.principal(Role.NATIONAL, null, "pusat-matriks"));
        assertThat(principals.get(Role.REGIONAL).scope().facilities())
                .as("the regional officer's facilities (other tests may add more to that region)")
                .contains(TestDatabase.FACILITY, same).doesNotContain(other);
    }

    /** A facility's canaries, written as the tables' owner. */
    private Records canaries(Where where, long facility, long partner) {
        JdbcTemplate owner = owner();
        String token = "Kanari" + where.label + tag;
        String code = owner.queryForObject("select code from facility where id = ?", String.class, facility);
        long inmate = FacilityFixtures.inmateIn(facility, "B.I " + where.ordinal() + "1/" + tag, "Warga " + token);
        long otherInmate = FacilityFixtures.inmateIn(facility, "B.I " + where.ordinal() + "2/" + tag, "Lulusan " + token);
        // released within the alert's 90 days, without a completed training
        owner.update("update inmate set expected_release_date = current_date + 60 where id = ?", inmate);
        long program = FacilityFixtures.programIn(facility, partner, "Program " + token);
        long session = owner.queryForObject("""
                insert into program_session (program_id, session_date, start_time, end_time, topic, jp, status)
                values (?, current_date - 1, '08:00', '10:00', ?, 2, 'HELD') returning id""", Long.class,
                program, "Topik " + token);
        long unrecorded = owner.queryForObject("""
                insert into program_session (program_id, session_date, start_time, end_time, topic, jp, status)
                values (?, current_date - 5, '08:00', '10:00', ?, 2, 'HELD') returning id""", Long.class,
                program, "Topik belum dicatat " + token);
        // past and still scheduled: nobody recorded that it took place
        owner.update("""
                insert into program_session (program_id, session_date, start_time, end_time, topic, jp, status)
                values (?, current_date - 4, '13:00', '15:00', ?, 2, 'SCHEDULED')""", program, "Topik terlewat " + token);
        owner.update("""
                insert into program_session (program_id, session_date, start_time, end_time, topic, jp, status)
                values (?, current_date + 1, '08:00', '10:00', ?, 2, 'SCHEDULED')""", program, "Topik besok " + token);
        long active = owner.queryForObject("""
                insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on, created_by)
                values (?, ?, 'ACTIVE', now(), current_date - 9, current_date - 9, 'test') returning id""", Long.class,
                program, inmate);
        owner.update("""
                insert into attendance (session_id, enrollment_id, status, recorded_by, recorded_at)
                values (?, ?, 'PRESENT', 'test', now())""", session, active);
        long completed = FacilityFixtures.completedEnrollment(program, otherInmate, "SERT-" + token);
        long agreement = owner.queryForObject("""
                insert into agreement (partner_id, facility_id, number, title, scope, signed_on, valid_from, valid_until)
                values (?, ?, ?, ?, 'TRAINING', current_date - 300, current_date - 300, current_date + 30) returning id""",
                Long.class, partner, facility, "PKS/" + token, "Perjanjian " + token);
        long meeting = owner.queryForObject("""
                insert into coordination_meeting (partner_id, facility_id, held_on, place, participants, summary)
                values (?, ?, current_date - 3, ?, 'Peserta rapat', ?) returning id""", Long.class,
                partner, facility, "Aula " + token, "Rapat " + token);
        owner.update("insert into follow_up (meeting_id, description, due_on) values (?, ?, current_date + 5)",
                meeting, "Tindak lanjut " + token);
        return new Records(where, facility, token, code, inmate, otherInmate, program, session, unrecorded, active,
                completed, partner, agreement, meeting);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Record pages by id

    static final List<Route> RECORD_ROUTES = List.of(
            new Route("inmate", r -> "/inmates/" + r.inmate()),
            new Route("inmate edit form", r -> "/inmates/" + r.inmate() + "/edit"),
            new Route("inmate transfer form", r -> "/inmates/" + r.inmate() + "/transfer"),
            new Route("inmate release form", r -> "/inmates/" + r.inmate() + "/release"),
            new Route("inmate evidence pack", r -> "/inmates/" + r.inmate() + "/evidence"),
            new Route("inmate evidence pack PDF", r -> "/inmates/" + r.inmate() + "/evidence.pdf"),
            new Route("inmate enrollment start", r -> "/inmates/" + r.inmate() + "/enrollments/new"),
            new Route("program", r -> "/programs/" + r.program()),
            new Route("program edit form", r -> "/programs/" + r.program() + "/edit"),
            new Route("program enrollments", r -> "/programs/" + r.program() + "/enrollments"),
            new Route("program enrollment form", r -> "/programs/" + r.program() + "/enrollments/new"),
            new Route("program enrollment form with its inmate", r -> "/programs/" + r.program()
                    + "/enrollments/new?inmateId=" + r.otherInmate()),
            new Route("program bulk enrollment", r -> "/programs/" + r.program() + "/enrollments/bulk"),
            new Route("program attendance sheet", r -> "/programs/" + r.program() + "/attendance-sheet"),
            new Route("program attendance sheet CSV", r -> "/programs/" + r.program() + "/attendance-sheet.csv"),
            new Route("program new session form", r -> "/programs/" + r.program() + "/sessions/new"),
            new Route("program weekly pattern form", r -> "/programs/" + r.program() + "/sessions/generate"),
            new Route("program cancel form", r -> "/programs/" + r.program() + "/cancel"),
            new Route("program session cancel form", r -> "/programs/" + r.program() + "/sessions/cancel?ids="
                    + r.unrecordedSession()),
            new Route("session reschedule form", r -> "/programs/" + r.program() + "/sessions/" + r.unrecordedSession()
                    + "/reschedule"),
            new Route("session attendance", r -> "/sessions/" + r.session()),
            new Route("session sign-in sheet", r -> "/sessions/" + r.session() + "/sign-in-sheet"),
            new Route("attendance correction form", r -> "/sessions/" + r.session() + "/corrections/"
                    + r.activeEnrollment()),
            new Route("enrollment", r -> "/enrollments/" + r.activeEnrollment()),
            new Route("enrollment withdraw form", r -> "/enrollments/" + r.activeEnrollment() + "/withdraw"),
            new Route("enrollment complete form", r -> "/enrollments/" + r.activeEnrollment() + "/complete"),
            new Route("completed enrollment", r -> "/enrollments/" + r.completedEnrollment()),
            new Route("certificate PDF", r -> "/enrollments/" + r.completedEnrollment() + "/certificate.pdf"),
            new Route("agreement edit form", r -> "/partners/" + r.partner() + "/agreements/" + r.agreement() + "/edit"),
            new Route("meeting edit form", r -> "/partners/" + r.partner() + "/meetings/" + r.meeting() + "/edit"));

    /**
     * Routes a partner liaison may use: their institution's sessions (the sheet, its sign-in sheet, and the
     * correction form, whose saving the session's lock decides).
     */
    static final Set<String> PARTNER_ROUTES = Set.of("session attendance", "session sign-in sheet",
            "attendance correction form");

    /**
     * What a role is answered on a route to a record of that facility: a facility's ADMIN and STAFF read their own
     * (200) and find no other's (404); a liaison reads their institution's sessions (200), finds no session of
     * another institution (404) and may use no other route (403); regional and national officers use no record
     * page at all (403).
     */
    static int expected(Role role, Route route, Where where) {
        return switch (role) {
            case ADMIN, STAFF -> where == Where.OURS ? 200 : 404;
            case PARTNER -> PARTNER_ROUTES.contains(route.name()) ? (where == Where.OURS ? 200 : 404) : 403;
            case REGIONAL, NATIONAL -> 403;
        };
    }

    @Test
    void everyRoleOnEveryRecordRouteOfEveryFacility() throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Role role : Role.values()) {
            for (Route route : RECORD_ROUTES) {
                for (Where where : Where.values()) {
                    cases++;
                    String path = route.path().apply(records.get(where));
                    MvcResult result = mvc.perform(get(path).with(user(principals.get(role)))).andReturn();
                    int status = result.getResponse().getStatus();
                    int want = expected(role, route, where);
                    String label = role + " " + where + " " + route.name() + " " + path;
                    if (status != want) {
                        failures.add(label + ": answered " + status + ", expected " + want);
                    }
                    Set<Where> visible = status == 200 ? Set.of(where) : Set.of();
                    String body = body(result);
                    leaks(label, body, visible, failures);
                    // a page that may be read shows its record, so that the canaries could be seen where they leak
                    if (status == 200 && !body.contains(records.get(where).token())) {
                        failures.add(label + ": shows no canary of its own record");
                    }
                }
            }
        }
        System.out.printf("Isolation matrix: %d roles x %d record routes x %d facilities = %d cases, %d failures%n",
                Role.values().length, RECORD_ROUTES.size(), Where.values().length, cases, failures.size());
        assertThat(failures).as(failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lists, reports, dashboards

    /**
     * A list page and, per role, its status and the facilities whose canaries it may show (and no other's); where
     * {@code must}, it shows each of them.
     */
    record ListPage(String path, Map<Role, Integer> status, Map<Role, Set<Where>> shows, boolean must) {

        ListPage(String path, Map<Role, Integer> status, Map<Role, Set<Where>> shows) {
            this(path, status, shows, true);
        }
    }

    private static Map<Role, Integer> statuses(int admin, int staff, int partner, int regional, int national) {
        Map<Role, Integer> map = new EnumMap<>(Role.class);
        map.put(Role.ADMIN, admin);
        map.put(Role.STAFF, staff);
        map.put(Role.PARTNER, partner);
        map.put(Role.REGIONAL, regional);
        map.put(Role.NATIONAL, national);
        return map;
    }

    private static final Set<Where> OURS = Set.of(Where.OURS);
    private static final Set<Where> NONE = Set.of();

    private static Map<Role, Set<Where>> shows(Set<Where> admin, Set<Where> staff, Set<Where> partner,
            Set<Where> regional, Set<Where> national) {
        Map<Role, Set<Where>> map = new EnumMap<>(Role.class);
        map.put(Role.ADMIN, admin);
        map.put(Role.STAFF, staff);
        map.put(Role.PARTNER, partner);
        map.put(Role.REGIONAL, regional);
        map.put(Role.NATIONAL, national);
        return map;
    }

    List<ListPage> listPages() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        Map<Role, Integer> facilityOnly = statuses(200, 200, 403, 403, 403);
        Map<Role, Set<Where>> facilityShows = shows(OURS, OURS, NONE, NONE, NONE);
        return List.of(
                new ListPage("/", statuses(200, 200, 302, 302, 302), facilityShows, false),
                new ListPage("/inmates?q=" + tag, facilityOnly, facilityShows),
                new ListPage("/inmates?q=Kanari", facilityOnly, facilityShows),
                new ListPage("/inmates?q=Warga", facilityOnly, facilityShows),
                new ListPage("/inmates/arrivals", facilityOnly, facilityShows, false),
                // the shared test database holds many programs and sessions of ours: narrowed to our partner's
                new ListPage("/programs?status=RUNNING&sort=title&partner=" + ourPartner, facilityOnly, facilityShows),
                new ListPage("/programs?kind=EQUIVALENCY", facilityOnly, facilityShows, false),
                new ListPage("/sessions?partner=" + ourPartner, statuses(200, 200, 200, 403, 403),
                        shows(OURS, OURS, OURS, NONE, NONE)),
                new ListPage("/sessions/pending", facilityOnly, facilityShows),
                new ListPage("/sessions/week?date=" + yesterday, statuses(200, 200, 200, 403, 403),
                        shows(OURS, OURS, OURS, NONE, NONE)),
                new ListPage("/reports", statuses(200, 200, 403, 200, 200), shows(OURS, OURS, NONE,
                        Set.of(Where.OURS, Where.SAME_REGION), Set.of(Where.values())), false),
                new ListPage("/reports/unconfirmed-sessions", facilityOnly, facilityShows),
                // (a list of the oldest first: in the shared test database ours may be further down)
                new ListPage("/reports/missing-attendance", facilityOnly, facilityShows, false),
                new ListPage("/reports/release-readiness", facilityOnly, facilityShows),
                new ListPage("/reports/expiring-agreements", facilityOnly, facilityShows),
                new ListPage("/reports/movements?date=" + yesterday, facilityOnly, facilityShows),
                new ListPage("/reports/enrollments.csv", statuses(200, 403, 403, 200, 200),
                        shows(OURS, NONE, NONE, Set.of(Where.OURS, Where.SAME_REGION), Set.of(Where.values()))),
                new ListPage("/partners", facilityOnly, facilityShows, false),
                new ListPage("/partners/" + ourPartner, facilityOnly, facilityShows),
                new ListPage("/partners/" + theirPartner, facilityOnly, facilityShows, false),
                new ListPage("/partners/follow-ups", facilityOnly, facilityShows),
                new ListPage("/region", statuses(403, 403, 403, 200, 403),
                        shows(NONE, NONE, NONE, Set.of(Where.OURS, Where.SAME_REGION), NONE), false),
                new ListPage("/national", statuses(403, 403, 403, 403, 200),
                        shows(NONE, NONE, NONE, NONE, Set.of(Where.values())), false),
                new ListPage("/admin/audit", statuses(200, 403, 403, 403, 403), facilityShows, false));
    }

    @Test
    void everyListAndReportShowsOnlyWhatTheRoleMayRead() throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (ListPage page : listPages()) {
            for (Role role : Role.values()) {
                cases++;
                MvcResult result = mvc.perform(get(page.path()).with(user(principals.get(role)))).andReturn();
                int status = result.getResponse().getStatus();
                int want = page.status().get(role);
                String label = role + " " + page.path();
                if (status != want) {
                    failures.add(label + ": answered " + status + ", expected " + want);
                }
                Set<Where> may = status == 200 ? page.shows().get(role) : NONE;
                String body = body(result);
                leaks(label, body, may, failures);
                if (status == 200 && page.must()) {
                    for (Where where : may) {
                        if (!body.contains(records.get(where).token())) {
                            failures.add(label + ": shows no canary of " + where);
                        }
                    }
                }
            }
        }
        // the overviews name the facilities each officer reads, and no other
        String region = body(mvc.perform(get("/region").with(user(principals.get(Role.REGIONAL)))).andReturn());
        if (!region.contains(sameRegionName) || region.contains(otherRegionName)) {
            failures.add("REGIONAL /region: names " + (region.contains(otherRegionName) ? "the other region's facility"
                    : "not the region's other facility"));
        }
        // fifty facilities a page: every page of the national overview
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 20; page++) {
            pages.append(body(mvc.perform(get("/national?page=" + page).with(user(principals.get(Role.NATIONAL)))).andReturn()));
        }
        String nation = pages.toString();
        if (!nation.contains(sameRegionName) || !nation.contains(otherRegionName)) {
            failures.add("NATIONAL /national: does not name every facility");
        }
        System.out.printf("Isolation matrix: %d list pages x %d roles = %d cases, %d failures%n", listPages().size(),
                Role.values().length, cases, failures.size());
        assertThat(failures).as(failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Changes to another facility's records

    @Test
    void changesToAnotherFacilitysRecordsAnswer404AndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        Records ours = records.get(Where.OURS);
        JdbcTemplate owner = owner();
        for (Role role : List.of(Role.ADMIN, Role.STAFF)) {
            CurrentUser actor = principals.get(role);
            for (Where where : List.of(Where.SAME_REGION, Where.OTHER_REGION)) {
                Records theirs = records.get(where);
                String label = role + " " + where + " ";
                Map<String, Object> before = snapshot(theirs);
                long ourEnrollments = count("select count(*) from enrollment where inmate_id = ?", ours.otherInmate());

                expect(failures, label + "enroll our inmate into their program", post("/programs/" + theirs.program()
                        + "/enrollments").param("inmateId", String.valueOf(ours.otherInmate())), actor, 404);
                expect(failures, label + "enroll their inmate into their program", post("/programs/" + theirs.program()
                        + "/enrollments").param("inmateId", String.valueOf(theirs.otherInmate())), actor, 404);
                expect(failures, label + "enroll their inmate into our program", post("/programs/" + ours.program()
                        + "/enrollments").param("inmateId", String.valueOf(theirs.otherInmate())), actor, 404);
                expect(failures, label + "record attendance on their session", post("/sessions/" + theirs.session()
                        + "/attendance").param("status-" + theirs.activeEnrollment(), "ABSENT")
                        .param("reason-" + theirs.activeEnrollment(), "SICK"), actor, 404);
                expect(failures, label + "all present on their session", post("/sessions/" + theirs.unrecordedSession()
                        + "/all-present"), actor, 404);
                expect(failures, label + "confirm their session", post("/sessions/" + theirs.session() + "/confirm")
                        .param("jpDelivered", "2").param("note", "diubah"), actor, 404);
                expect(failures, label + "edit their inmate", post("/inmates/" + theirs.inmate())
                        .param("registrationNumber", "B.I 99/2026").param("fullName", "Diubah Orang Lain")
                        .param("birthDate", "1990-05-01").param("sex", "MALE").param("legalStatus", "NARAPIDANA")
                        .param("education", "SMP").param("cellBlock", "Blok Z")
                        .param("admissionDate", LocalDate.now().minusDays(30).toString())
                        .param("expectedReleaseDate", LocalDate.now().plusDays(400).toString()).param("version", "0"),
                        actor, 404);
                expect(failures, label + "transfer their inmate", post("/inmates/" + theirs.inmate() + "/transfer")
                        .param("date", LocalDate.now().toString())
                        .param("destinationFacilityId", String.valueOf(TestDatabase.FACILITY)), actor, 404);
                expect(failures, label + "release their inmate", post("/inmates/" + theirs.inmate() + "/release")
                        .param("date", LocalDate.now().toString()).param("releaseType", "BEBAS_MURNI"), actor, 404);
                expect(failures, label + "withdraw their enrollment", post("/enrollments/" + theirs.activeEnrollment()
                        + "/withdraw").param("reason", "OWN_REQUEST").param("version", "0"), actor, 404);
                expect(failures, label + "cancel their program", post("/programs/" + theirs.program() + "/cancel"),
                        actor, 404);
                expect(failures, label + "add a session to their program", post("/programs/" + theirs.program()
                        + "/sessions/new").param("date", LocalDate.now().plusDays(3).toString())
                        .param("startTime", "08:00").param("endTime", "10:00").param("jp", "2").param("topic", "Disusupkan"),
                        actor, 404);
                expect(failures, label + "edit their agreement", post("/partners/" + theirs.partner() + "/agreements/"
                        + theirs.agreement() + "/edit").param("number", "PKS/DIUBAH").param("title", "Diubah")
                        .param("scope", "TRAINING").param("signedOn", "2026-01-01").param("validFrom", "2026-01-01")
                        .param("validUntil", "2027-01-01").param("version", "0"), actor, 404);

                if (!snapshot(theirs).equals(before)) {
                    failures.add(label + "their records changed: " + before + " -> " + snapshot(theirs));
                }
                if (count("select count(*) from enrollment where inmate_id = ?", ours.otherInmate()) != ourEnrollments) {
                    failures.add(label + "our inmate was enrolled in their program");
                }
            }
        }
        // a liaison records nothing on another institution's session in another facility
        Records theirs = records.get(Where.SAME_REGION);
        Map<String, Object> before = snapshot(theirs);
        expect(failures, "PARTNER record attendance on another institution's session", post("/sessions/"
                + theirs.session() + "/attendance").param("status-" + theirs.activeEnrollment(), "ABSENT")
                .param("reason-" + theirs.activeEnrollment(), "SICK"), principals.get(Role.PARTNER), 404);
        expect(failures, "PARTNER confirm another institution's session", post("/sessions/" + theirs.session()
                + "/confirm").param("jpDelivered", "2"), principals.get(Role.PARTNER), 404);
        if (!snapshot(theirs).equals(before)) {
            failures.add("PARTNER changed another facility's records: " + before + " -> " + snapshot(theirs));
        }
        // regional and national officers change nothing anywhere, their own region included
        for (Role role : List.of(Role.REGIONAL, Role.NATIONAL)) {
            Records ownRegion = records.get(Where.OURS);
            Map<String, Object> ownBefore = snapshot(ownRegion);
            expect(failures, role + " record attendance", post("/sessions/" + ownRegion.session() + "/attendance")
                    .param("status-" + ownRegion.activeEnrollment(), "ABSENT")
                    .param("reason-" + ownRegion.activeEnrollment(), "SICK"), principals.get(role), 403);
            expect(failures, role + " enroll", post("/programs/" + ownRegion.program() + "/enrollments")
                    .param("inmateId", String.valueOf(ownRegion.otherInmate())), principals.get(role), 403);
            if (!snapshot(ownRegion).equals(ownBefore)) {
                failures.add(role + " changed records: " + ownBefore + " -> " + snapshot(ownRegion));
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private void expect(List<String> failures, String label, MockHttpServletRequestBuilder request, CurrentUser actor,
            int want) throws Exception {
        MvcResult result = mvc.perform(request.with(user(actor)).with(csrf())).andReturn();
        int status = result.getResponse().getStatus();
        if (status != want) {
            failures.add(label + ": answered " + status + " (" + result.getResponse().getRedirectedUrl() + "), expected "
                    + want);
        }
        leaks(label, body(result), NONE, failures);
    }

    /** What a refused change must leave as it was, read as the tables' owner. */
    private Map<String, Object> snapshot(Records r) {
        JdbcTemplate owner = owner();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("inmate", owner.queryForMap("select full_name, registration_number, cell_block, status, version "
                + "from inmate where id = ?", r.inmate()));
        state.put("enrollments", owner.queryForList("select id, inmate_id, status, version from enrollment "
                + "where program_id = ? order by id", r.program()));
        state.put("attendance", owner.queryForList("select a.session_id, a.enrollment_id, a.status, a.version "
                + "from attendance a join program_session s on s.id = a.session_id where s.program_id = ? "
                + "order by a.id", r.program()));
        state.put("sessions", owner.queryForList("select id, status, confirmed_by, jp_delivered, version "
                + "from program_session where program_id = ? order by id", r.program()));
        state.put("program", owner.queryForMap("select status, version from program where id = ?", r.program()));
        state.put("agreement", owner.queryForMap("select number, title, version from agreement where id = ?",
                r.agreement()));
        return state;
    }

    private long count(String sql, Object... args) {
        return owner().queryForObject(sql, Long.class, args);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A regional officer's export

    @Test
    void aRegionalOfficersExportHoldsExactlyTheirRegionsRows() throws Exception {
        MvcResult result = mvc.perform(get("/reports/enrollments.csv").with(user(principals.get(Role.REGIONAL))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();
        assertThat(lines.get(0)).startsWith("facility_code,registration_number,inmate_name,");
        Map<String, Long> exported = lines.stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.groupingBy(code -> code, java.util.TreeMap::new, Collectors.counting()));
        Map<String, Long> counted = new java.util.TreeMap<>();
        owner().query("""
                select f.code, count(e.id) from enrollment e join program p on p.id = e.program_id
                  join facility f on f.id = p.facility_id
                 where f.region_id = ? group by f.code having count(e.id) > 0""",
                rs -> {
                    counted.put(rs.getString(1), rs.getLong(2));
                }, region1);
        assertThat(exported).as("rows per facility code, against the enrollments of the region counted as the owner")
                .isEqualTo(counted);
        assertThat(exported).containsKeys(records.get(Where.OURS).code(), records.get(Where.SAME_REGION).code())
                .doesNotContainKey(records.get(Where.OTHER_REGION).code());
        assertThat(String.join("\n", lines)).doesNotContain(records.get(Where.OTHER_REGION).token());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Adds a failure for each facility's canary in {@code body} that the role may not see there. */
    private void leaks(String label, String body, Set<Where> visible, List<String> failures) {
        for (Records r : records.values()) {
            if (!visible.contains(r.where()) && body.contains(r.token())) {
                failures.add(label + ": shows a canary of " + r.where());
            }
        }
    }

    private static String body(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        if (type != null && type.contains("pdf")) {
            return pdfText(result.getResponse().getContentAsByteArray());
        }
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of a PDF, so that a document is checked for canaries too. */
    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
