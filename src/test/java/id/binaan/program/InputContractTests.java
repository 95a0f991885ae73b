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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One contract for what comes in: a date, number, id or page out of range is a 400 or a message beside the field,
 * never a 500 and never Spring's conversion text; forms keep what was typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ProgramTestData.class)
class InputContractTests {

    static final RequestPostProcessor ADMIN = user(TestUsers.principal(Role.ADMIN, null));
    static final RequestPostProcessor STAFF = user(TestUsers.principal(Role.STAFF, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    ProgramTestData data;
    @Autowired
    ProgramRepository programs;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/sessions/week?date=-999999999-01-01", "/sessions/week?date=+999999999-12-31",
            "/sessions?from=-999999999-01-01", "/sessions?to=+999999999-12-31", "/programs?from=-999999999-01-01",
            "/programs?to=+999999999-12-31", "/admin/audit?from=-999999999-01-01", "/admin/audit?to=+999999999-12-31",
            "/reports/enrollments.csv?from=-999999999-01-01", "/reports/enrollments.csv?to=+999999999-12-31",
            "/sessions/week?date=0000-01-01", "/sessions?from=kemarin", "/admin/audit?page=satu",
            "/programs/99999999999999999999"})
    void aDateOrNumberOutOfRangeInTheAddressIsABadRequest(String path) throws Exception {
        mvc.perform(get(path).with(ADMIN)).andExpect(status().isBadRequest());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/audit?page=99999999", "/admin/audit?page=2147483647", "/admin/audit?page=-5",
            "/programs?page=2147483647", "/sessions?page=2147483647", "/partners?page=2147483647",
            "/sessions/week?date=2199-12-31", "/sessions?from=1900-01-01&to=2199-12-31"})
    void aPageOrDateFarAwayIsAnEmptyPage(String path) throws Exception {
        mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk());
    }

    @Test
    void theErrorPageItselfIsNotAnAddress() throws Exception {
        mvc.perform(get("/error").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    @Test
    void aCapacityBeyondAnyNumberIsAMessageBesideTheFieldAndTheFormKeepsIt() throws Exception {
        String title = "Kapasitas " + UUID.randomUUID();
        Map<String, String> fields = programFields(title);
        fields.put("capacity", "2147483648");
        fields.put("targetJp", "1e3");
        MockHttpServletRequestBuilder request = post("/programs/new").with(csrf()).with(STAFF);
        fields.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "capacity", "targetJp"))
                .andExpect(content().string(containsString("Isi dengan bilangan bulat")))
                .andExpect(content().string(not(containsString("Failed to convert"))))
                .andExpect(content().string(not(containsString("java.lang"))))
                .andExpect(content().string(containsString("value=\"2147483648\"")))
                .andExpect(content().string(containsString(title)));
        assertThat(programs.findAll()).noneMatch(p -> p.getTitle().equals(title));
    }

    @Test
    void aDateOutOfRangeInAFormIsAMessageBesideTheField() throws Exception {
        String title = "Tanggal " + UUID.randomUUID();
        Map<String, String> fields = programFields(title);
        fields.put("startDate", "-999999999-01-01");
        fields.put("endDate", "20270326");
        MockHttpServletRequestBuilder request = post("/programs/new").with(csrf()).with(STAFF);
        fields.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startDate", "endDate"))
                .andExpect(content().string(containsString("Isi tanggal yang benar")))
                .andExpect(content().string(not(containsString("Failed to convert"))))
                .andExpect(content().string(containsString("value=\"-999999999-01-01\"")));
        assertThat(programs.findAll()).noneMatch(p -> p.getTitle().equals(title));
    }

    @Test
    void anImpossibleTimeIsAMessageBesideTheFieldAndTheFormKeepsIt() throws Exception {
        Long id = data.training(partners.ensure("Mitra Uji Program BPVP", PartnerType.BPVP, null, null, null, null),
                "Jam");
        mvc.perform(post("/programs/" + id + "/sessions/new").with(csrf()).with(STAFF)
                        .param("date", "2027-01-05").param("startTime", "25:99").param("endTime", "11:00")
                        .param("topic", "Topik uji").param("place", "Aula"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startTime"))
                .andExpect(content().string(containsString("Isi jam yang benar")))
                .andExpect(content().string(not(containsString("Failed to convert"))))
                .andExpect(content().string(containsString("value=\"25:99\"")));
    }

    @Test
    void anInmateIdBeyondAnyRecordIsRefusedWithoutAnError() throws Exception {
        Long id = data.training(partners.ensure("Mitra Uji Program BPVP", PartnerType.BPVP, null, null, null, null),
                "Id");
        for (String inmateId : new String[] {"9999999999", "99999999999999999999", "-1"}) {
            int status = mvc.perform(post("/programs/" + id + "/enrollments").with(csrf()).with(STAFF)
                    .param("inmateId", inmateId)).andReturn().getResponse().getStatus();
            assertThat(status).as(inmateId).isIn(200, 400, 404);
        }
    }

    private Map<String, String> programFields(String title) {
        Long partner = partners.ensure("Mitra Uji Program BPVP", PartnerType.BPVP, null, null, null, null);
        return new LinkedHashMap<>(Map.of("kind", "TRAINING", "partnerId", partner.toString(), "title", title,
                "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16", "targetJp", "160",
                "vocation", "Menjahit"));
    }
}
