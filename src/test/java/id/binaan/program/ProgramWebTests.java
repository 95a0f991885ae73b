package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Programs through the web: who may do what, creating and editing, bad input, and the lifecycle. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ProgramTestData.class)
class ProgramWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    ProgramRepository programs;
    @Autowired
    ProgramTestData data;
    @Autowired
    ProgramSetup setup;
    @Autowired
    id.binaan.inmate.Inmates inmates;
    @Autowired
    id.binaan.enrollment.EnrollmentService enrollments;

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(useHeadersInDisplayName = false, delimiter = '|', textBlock = """
            # route                            | anonymous | ADMIN | STAFF | PARTNER
            /programs                          | 302       | 200   | 200   | 403
            /programs?kind=EQUIVALENCY         | 302       | 200   | 200   | 403
            /programs/new                      | 302       | 200   | 200   | 403
            /programs/new?kind=EQUIVALENCY     | 302       | 200   | 200   | 403
            /programs/{id}                     | 302       | 200   | 200   | 403
            /programs/{id}/edit                | 302       | 200   | 200   | 403
            /programs/{id}/cancel              | 302       | 200   | 200   | 403
            /programs/{id}/sessions/new        | 302       | 200   | 200   | 403
            /programs/{id}/sessions/generate   | 302       | 200   | 200   | 403
            /programs/{id}/sessions/cancel     | 302       | 200   | 200   | 403
            /programs/999999999                | 302       | 404   | 404   | 403
            /sessions                          | 302       | 200   | 200   | 200
            /sessions/week                     | 302       | 200   | 200   | 200
            """)
    void routeByRole(String route, int anonymous, int admin, int staff, int partner) throws Exception {
        String path = route.replace("{id}", data.training(partnerOf(PartnerType.BPVP), "Rute").toString());
        mvc.perform(html(get(path))).andExpect(status().is(anonymous));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().is(admin));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().is(partner));
    }

    @Test
    void aLiaisonCannotChangeAProgram() throws Exception {
        Long id = data.training(partnerOf(PartnerType.BPVP), "Mitra");
        mvc.perform(post("/programs/" + id + "/open").with(csrf()).with(user(TestUsers.principal(Role.PARTNER, 1L))))
                .andExpect(status().isForbidden());
        assertThat(programs.findById(id).orElseThrow().getStatus()).isEqualTo(ProgramStatus.PLANNED);
    }

    @Test
    void staffCreateATrainingAndSeeItWithItsPlaces() throws Exception {
        String title = "Las Listrik " + UUID.randomUUID();
        String location = mvc.perform(post("/programs/new").with(csrf()).with(staff())
                        .param("kind", "TRAINING").param("partnerId", partnerOf(PartnerType.BPVP).toString())
                        .param("title", title).param("startDate", "2027-01-04").param("endDate", "2027-03-26")
                        .param("capacity", "16").param("targetJp", "160").param("vocation", "Las listrik")
                        .param("certificationScheme", "").param("completionThresholdPercent", "80"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("0 / 16")))
                .andExpect(content().string(containsString("Tanpa sertifikasi")))
                .andExpect(content().string(containsString("id=\"program-enrollments\"")));
    }

    @ParameterizedTest(name = "{0}={1} is refused beside the field")
    @CsvSource({"endDate, 2026-12-31, endDate", "capacity, 0, capacity", "capacity, 501, capacity",
            "partnerId, PKBM, partnerId", "vocation, '', vocation"})
    void badInputIsShownBesideTheFieldAndNothingIsSaved(String field, String value, String errorField) throws Exception {
        String title = "Salah " + UUID.randomUUID();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("kind", "TRAINING",
                "partnerId", partnerOf(PartnerType.BPVP).toString(), "title", title, "startDate", "2027-01-04",
                "endDate", "2027-03-26", "capacity", "16", "targetJp", "160", "vocation", "Menjahit"));
        fields.put(field, field.equals("partnerId") ? partnerOf(PartnerType.PKBM).toString() : value);
        MockHttpServletRequestBuilder request = post("/programs/new").with(csrf()).with(staff());
        fields.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", errorField))
                .andExpect(content().string(containsString("id=\"" + errorField + "-error\"")))
                .andExpect(content().string(containsString(title)));
        assertThat(programs.findAll()).noneMatch(p -> p.getTitle().equals(title));
    }

    @Test
    void aClassNeedsItsLevelGradeYearAndSemester() throws Exception {
        mvc.perform(post("/programs/new").with(csrf()).with(staff())
                        .param("kind", "EQUIVALENCY").param("partnerId", partnerOf(PartnerType.PKBM).toString())
                        .param("title", "Paket C " + UUID.randomUUID()).param("startDate", "2027-01-04")
                        .param("endDate", "2027-06-25").param("capacity", "25").param("targetJp", "144"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "level", "grade", "academicYear", "semester"));
    }

    @Test
    void capacityCannotDropBelowThePlacesAlreadyTaken() throws Exception {
        Long id = runningWith(8, 5);
        mvc.perform(edit(id, "4", 0))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "capacity"))
                .andExpect(content().string(containsString("kurang dari 5")));
        assertThat(programs.findById(id).orElseThrow().getCapacity()).isEqualTo(8);
        mvc.perform(edit(id, "5", 0)).andExpect(status().is3xxRedirection());
        assertThat(programs.findById(id).orElseThrow().getCapacity()).isEqualTo(5);
    }

    @Test
    void raisingTheCapacityPromotesTheFirstOnTheWaitingListAtOnce() throws Exception {
        Long id = runningWith(4, 9);
        mvc.perform(get("/programs/" + id).with(staff()))
                .andExpect(content().string(containsString("4 dari 4 tempat terisi · 5 di daftar tunggu")));
        mvc.perform(edit(id, "6", 0)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/programs/" + id).with(staff()))
                .andExpect(content().string(containsString("6 dari 6 tempat terisi · 3 di daftar tunggu")));
    }

    /** A running training of {@code capacity} places and {@code people} enrolled, first come first served. */
    private Long runningWith(int capacity, int people) {
        java.time.LocalDate today = java.time.LocalDate.now();
        Long program = setup.ensureRunningTraining("test", new ProgramSetup.Basics(partnerOf(PartnerType.BPVP),
                "Kuota " + UUID.randomUUID(), java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 3, 26),
                capacity, null, null, 160), "Las", null);
        for (int i = 0; i < people; i++) {
            int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
            Long inmate = inmates.ensure("test", new id.binaan.inmate.InmateDetails("B.I " + n + "/2023",
                    "Peserta Kuota " + n, null, java.time.LocalDate.of(1990, 1, 1), id.binaan.inmate.Sex.MALE,
                    id.binaan.inmate.LegalStatus.NARAPIDANA, id.binaan.inmate.Education.SMP, "Blok A",
                    java.time.LocalDate.of(2023, 1, 1), today.plusYears(4)));
            enrollments.enroll("test", program, inmate, null);
        }
        return program;
    }

    @Test
    void aStaleEditIsRefusedWithAConflictAndOverwritesNothing() throws Exception {
        Long id = data.training(partnerOf(PartnerType.BPVP), "Versi");
        mvc.perform(edit(id, "20", 0)).andExpect(status().is3xxRedirection());
        mvc.perform(edit(id, "30", 0))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah diubah orang lain sejak Anda membukanya; isian Anda tidak disimpan")));
        assertThat(programs.findById(id).orElseThrow().getCapacity()).isEqualTo(20);
    }

    @Test
    void theLifecycleMovesOnlyByTheRightActionFromTheRightState() throws Exception {
        Long id = data.training(partnerOf(PartnerType.BPVP), "Siklus");
        mvc.perform(post("/programs/" + id + "/start").with(csrf()).with(staff())).andExpect(status().isConflict());
        mvc.perform(post("/programs/" + id + "/open").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/programs/" + id + "/start").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/programs/" + id).with(staff()))
                .andExpect(content().string(containsString("Berjalan")))
                .andExpect(content().string(containsString("id=\"program-complete\"")))
                .andExpect(content().string(not(containsString("id=\"program-open\""))));
        mvc.perform(post("/programs/" + id + "/cancel").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/programs/" + id + "/complete").with(csrf()).with(staff())).andExpect(status().isConflict());
        assertThat(programs.findById(id).orElseThrow().getStatus()).isEqualTo(ProgramStatus.CANCELLED);
    }

    private MockHttpServletRequestBuilder edit(Long id, String capacity, long version) {
        return post("/programs/" + id + "/edit").with(csrf()).with(staff())
                .param("version", String.valueOf(version)).param("partnerId", partnerOf(PartnerType.BPVP).toString())
                .param("title", "Diubah " + id).param("startDate", "2027-01-04").param("endDate", "2027-03-26")
                .param("capacity", capacity).param("targetJp", "160").param("vocation", "Las")
                .param("completionThresholdPercent", "80");
    }

    private Long partnerOf(PartnerType type) {
        return partners.ensure("Mitra Uji Program " + type, type, null, null, null, null);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
