package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A create form sent twice (a double click, the browser sending the page again) creates one record; the second post
 * goes to that record with a notice. Each form carries its one-time token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormTokenTests {

    static final RequestPostProcessor STAFF = user(TestUsers.principal(Role.STAFF, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCreateFormCarriesAFreshToken() throws Exception {
        Long partner = partner();
        for (String form : List.of("/programs/new", "/partners/new", "/inmates/new", "/partners/" + partner + "/agreements/new",
                "/partners/" + partner + "/meetings/new")) {
            String first = token(mvc.perform(get(form).with(STAFF)).andReturn().getResponse());
            String second = token(mvc.perform(get(form).with(STAFF)).andReturn().getResponse());
            assertThat(first).as(form).isNotEqualTo(second);
        }
    }

    @Test
    void aProgramSentTwiceIsCreatedOnce() throws Exception {
        String title = "Sekali " + UUID.randomUUID();
        twiceGivesOne("/programs/new", Map.of("kind", "TRAINING", "partnerId", partner().toString(), "title", title,
                "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16", "targetJp", "160",
                "vocation", "Menjahit"), "select count(*) from program where title = ?", title);
    }

    @Test
    void aPartnerSentTwiceIsCreatedOnce() throws Exception {
        String name = "LPK Sekali " + UUID.randomUUID();
        twiceGivesOne("/partners/new", Map.of("name", name, "type", "LPK", "address", "Jl. Uji", "contactPerson",
                "Bu Uji", "phone", "", "email", ""), "select count(*) from partner where name = ?", name);
    }

    @Test
    void anAgreementSentTwiceIsCreatedOnce() throws Exception {
        String number = "PKS/" + UUID.randomUUID().toString().substring(0, 8);
        twiceGivesOne("/partners/" + partner() + "/agreements/new", Map.of("number", number, "title", "Kerja sama uji",
                "scope", "TRAINING", "signedOn", LocalDate.now().toString(), "validFrom", LocalDate.now().toString(),
                "validUntil", LocalDate.now().plusYears(1).toString()), "select count(*) from agreement where number = ?",
                number);
    }

    @Test
    void aMeetingAndItsFollowUpSentTwiceAreCreatedOnce() throws Exception {
        Long partner = partner();
        String summary = "Ringkasan " + UUID.randomUUID();
        String meeting = twiceGivesOne("/partners/" + partner + "/meetings/new", Map.of("heldOn", LocalDate.now().toString(),
                "place", "Aula", "participants", "Pak Uji", "summary", summary),
                "select count(*) from coordination_meeting where summary = ?", summary);
        String description = "Tindak lanjut " + UUID.randomUUID();
        String followUps = meeting.replace("/edit", "/follow-ups");
        twiceGivesOne(followUps, Map.of("description", description, "dueOn", LocalDate.now().plusDays(7).toString()),
                "select count(*) from follow_up where description = ?", description);
    }

    @Test
    void anInmateSentTwiceIsCreatedOnce() throws Exception {
        String registration = "B.I " + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/2026";
        twiceGivesOne("/inmates", Map.of("registrationNumber", registration, "fullName", "Andi Sekali", "nik", "",
                "birthDate", "1990-01-01", "sex", "MALE", "legalStatus", "NARAPIDANA", "education", "SMP",
                "cellBlock", "A", "admissionDate", "2026-01-05", "expectedReleaseDate", "2029-01-05"),
                "select count(*) from inmate where registration_number = ?", registration);
    }

    @Test
    void twoPostsOfOneFormAtTheSameMomentCreateOneProgram() throws Exception {
        String title = "Serentak " + UUID.randomUUID();
        String token = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "TRAINING", "partnerId", partner().toString(),
                "title", title, "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16", "targetJp", "160",
                "vocation", "Menjahit"));
        fields.put(FormTokens.FIELD, token);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MvcResult>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(pool.submit((Callable<MvcResult>) () -> mvc.perform(request("/programs/new", fields)).andReturn()));
            }
            List<String> locations = new ArrayList<>();
            for (Future<MvcResult> post : posts) {
                locations.add(post.get().getResponse().getRedirectedUrl());
            }
            assertThat(locations).doesNotContainNull().containsOnly(locations.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from program where title = ?", Integer.class, title)).isEqualTo(1);
    }

    /** Posts the form twice with one token; returns where both went. */
    private String twiceGivesOne(String path, Map<String, String> values, String count, String key) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.put(FormTokens.FIELD, UUID.randomUUID().toString());
        MvcResult first = mvc.perform(request(path, fields)).andReturn();
        assertThat(first.getResponse().getStatus()).as(path + " first post").isEqualTo(302);
        String location = first.getResponse().getRedirectedUrl();
        assertThat(first.getFlashMap().get("flashKey")).isNotEqualTo("form.alreadySaved");

        MvcResult second = mvc.perform(request(path, fields)).andReturn();
        assertThat(second.getResponse().getStatus()).as(path + " second post").isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).as(path + " second post goes to the same record")
                .isEqualTo(location);
        assertThat(second.getFlashMap().get("flashKey")).isEqualTo("form.alreadySaved");
        assertThat(jdbc.queryForObject(count, Integer.class, key)).as(path + " records").isEqualTo(1);

        return location;
    }

    private static MockHttpServletRequestBuilder request(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(STAFF);
        fields.forEach(request::param);
        return request;
    }

    private static String token(MockHttpServletResponse page) throws Exception {
        var m = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"")
                .matcher(page.getContentAsString());
        assertThat(m.find()).as("a form token on the page").isTrue();
        return m.group(1);
    }

    private Long partner() {
        return partners.ensure("Mitra Uji Token", PartnerType.BPVP, null, null, null, null);
    }
}
