package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
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
 * Hostile input in the forms and search boxes: script in every text field that is shown again, SQL-like
 * and wildcard searches, oversized values, and fields the forms do not have.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdversarialInputTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SCRIPT_SHOWN = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMG_SHOWN = "&lt;img src=x onerror=alert(1)&gt;";
    static final RequestPostProcessor ADMIN = user(TestUsers.principal(Role.ADMIN, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scriptInAnInmateIsShownAsTextOnItsPageItsFormAndTheList() throws Exception {
        String tag = tag();
        String location = submit("/inmates", fields("registrationNumber", registration(), "fullName", "Andi " + tag + SCRIPT,
                "nik", "", "birthDate", "1990-01-01", "sex", "MALE", "legalStatus", "NARAPIDANA", "education", "SMP",
                "cellBlock", IMG, "admissionDate", "2026-01-05", "expectedReleaseDate", "2029-01-05"));
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertShownAsText(page(location), tag);
        assertShownAsText(page("/inmates/" + id + "/edit"), tag);
        assertShownAsText(page("/inmates?q=" + tag), tag);
        assertShownAsText(page("/inmates/" + id + "/evidence"), tag);
    }

    @Test
    void scriptInAPartnerItsAgreementAndItsMeetingIsShownAsText() throws Exception {
        String tag = tag();
        String location = submit("/partners/new", fields("name", "LPK " + tag + SCRIPT, "type", "LPK",
                "address", "Jl. " + IMG, "contactPerson", "Bu " + SCRIPT, "phone", "", "email", ""));
        assertShownAsText(page(location), tag);
        assertShownAsText(page(location + "/edit"), tag);
        assertShownAsText(page("/partners?status=all"), tag);

        submit(location + "/agreements/new", fields("number", "PKS/" + tag + IMG, "title", "Kerja sama " + SCRIPT,
                "scope", "TRAINING", "signedOn", LocalDate.now().toString(), "validFrom", LocalDate.now().toString(),
                "validUntil", LocalDate.now().plusYears(1).toString()));
        submit(location + "/meetings/new", fields("heldOn", LocalDate.now().toString(), "place", "Aula " + IMG,
                "participants", "Pak " + SCRIPT, "summary", "Ringkasan " + tag + SCRIPT));
        assertShownAsText(page(location), tag);
    }

    @Test
    void scriptInAProgramIsShownAsText() throws Exception {
        String tag = tag();
        Long partner = partners.ensure("Mitra Uji XSS", PartnerType.BPVP, null, null, null, null);
        String location = submit("/programs/new", fields("kind", "TRAINING", "partnerId", partner.toString(),
                "title", "Las " + tag + SCRIPT, "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16",
                "targetJp", "160", "vocation", "Las " + IMG, "location", "Aula " + SCRIPT, "instructor", "Pak " + IMG,
                "certificationScheme", "Skema " + SCRIPT));
        assertShownAsText(page(location), tag);
        assertShownAsText(page(location + "/edit"), tag);
        assertShownAsText(page("/programs?partner=" + partner), tag);
    }

    @Test
    void scriptInAnAccountNameIsShownAsTextInTheListItsFormAndTheAuditLog() throws Exception {
        String tag = tag();
        String username = "xss-" + tag;
        String location = submit("/admin/users", fields("username", username, "fullName", "Siti " + tag + SCRIPT + IMG,
                "role", "STAFF", "password", TestUsers.PASSWORD));
        assertShownAsText(page(location), tag);
        assertShownAsText(page("/admin/users"), tag);
        String audit = page("/admin/audit?actor=admin-principal");
        assertThat(audit).doesNotContain(SCRIPT).doesNotContain("<img src=x");
    }

    @Test
    void aRefusedFormShowsWhatWasTypedAsText() throws Exception {
        String tag = tag();
        MockHttpServletResponse response = mvc.perform(post("/partners/new").with(csrf()).with(ADMIN)
                .param("name", "LPK " + tag + SCRIPT).param("type", "").param("address", IMG).param("contactPerson", IMG))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertShownAsText(response.getContentAsString(), tag);
    }

    @Test
    void sqlLikeAndWildcardSearchesFindOnlyWhatTheySay() throws Exception {
        String tag = tag();
        submit("/inmates", fields("registrationNumber", registration(), "fullName", "Budi " + tag, "nik", "",
                "birthDate", "1990-01-01", "sex", "MALE", "legalStatus", "NARAPIDANA", "education", "SMP",
                "cellBlock", "Blok A", "admissionDate", "2026-01-05", "expectedReleaseDate", "2029-01-05"));
        assertThat(page("/inmates?q=" + tag)).contains("Budi " + tag);

        for (String q : List.of("' OR 1=1 --", "%", "_", "%%", "\\", "'; drop table inmate; --", tag + "' --", "%" + tag.substring(1))) {
            String body = page("/inmates?q=" + encode(q));
            assertThat(body).as(q).doesNotContain("Budi " + tag);
        }
        assertThat(jdbc.queryForObject("select count(*) from inmate", Integer.class)).isPositive();

        Long program = jdbc.queryForObject("select min(id) from program", Long.class);
        if (program != null) {
            for (String q : List.of("' OR 1=1 --", "%", "_")) {
                assertThat(page("/programs/" + program + "/enrollments/new?q=" + encode(q))).doesNotContain("Budi " + tag);
            }
        }
        for (String q : List.of("' OR 1=1 --", "%", "_")) {
            String body = page("/admin/audit?actor=" + encode(q) + "&action=" + encode(q) + "&text=" + encode(q));
            // the events found, after the filter form (whose list of actions names them all)
            String found = body.substring(body.indexOf("id=\"audit-count\""));
            assertThat(found).as(q).contains(">0 peristiwa<").doesNotContain("Warga binaan dicatat");
        }
    }

    @Test
    void oversizedValuesGetAMessageNotAnError() throws Exception {
        String huge = "x".repeat(10_000);
        Long partner = partners.ensure("Mitra Uji Panjang", PartnerType.LPK, null, null, null, null);
        List<MockHttpServletRequestBuilder> requests = List.of(
                form("/inmates", fields("registrationNumber", huge, "fullName", huge, "nik", huge, "cellBlock", huge,
                        "sex", "MALE", "legalStatus", "NARAPIDANA", "education", "SMP", "admissionDate", "2026-01-05")),
                form("/partners/new", fields("name", huge, "type", "LPK", "address", huge, "contactPerson", huge,
                        "phone", huge, "email", huge)),
                form("/partners/" + partner + "/meetings/new", fields("heldOn", LocalDate.now().toString(), "place", huge,
                        "participants", huge, "summary", huge)),
                form("/partners/" + partner + "/agreements/new", fields("number", huge, "title", huge, "scope", "TRAINING",
                        "signedOn", "2026-01-01", "validFrom", "2026-01-01", "validUntil", "2027-01-01")),
                form("/programs/new", fields("kind", "TRAINING", "partnerId", partner.toString(), "title", huge,
                        "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16", "targetJp", "160",
                        "vocation", huge, "location", huge, "instructor", huge)),
                form("/admin/users", fields("username", huge, "fullName", huge, "role", "STAFF", "password", huge)),
                form("/account/password", fields("currentPassword", huge, "newPassword", huge, "confirmation", huge)));
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String url = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            assertThat(response.getContentAsString()).as(url).contains("is-invalid");
        }
        for (String search : List.of("/inmates?q=", "/admin/audit?actor=", "/admin/audit?action=")) {
            assertThat(mvc.perform(get(search + huge).with(ADMIN)).andReturn().getResponse().getStatus()).as(search).isEqualTo(200);
        }
    }

    @Test
    void fieldsTheFormsDoNotHaveAreIgnored() throws Exception {
        String tag = tag();
        String username = "massa-" + tag;
        Map<String, String> account = (fields("username", username, "fullName", "Pengguna " + tag,
                "role", "STAFF", "password", TestUsers.PASSWORD));
        account.putAll(extras());
        account.putAll(fields("enabled", "false", "mustChangePassword", "false", "failedLoginCount", "99",
                "passwordHash", "{noop}x", "partnerId", ""));
        submit("/admin/users", account);
        Map<String, Object> row = jdbc.queryForMap(
                "select id, role, enabled, must_change_password, failed_login_count, version, password_hash"
                        + " from user_account where username = ?", username);
        assertThat(row.get("id")).isNotEqualTo(999_999L);
        assertThat(row.get("role")).isEqualTo("STAFF");
        assertThat(row.get("enabled")).isEqualTo(true);
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat(row.get("failed_login_count")).isEqualTo(0);
        assertThat(row.get("version")).isEqualTo(0L);
        assertThat((String) row.get("password_hash")).startsWith("{argon2");

        Map<String, String> inmate = (fields("registrationNumber", registration(), "fullName", "Citra " + tag,
                "sex", "FEMALE", "legalStatus", "NARAPIDANA", "education", "SMA", "cellBlock", "Blok W",
                "admissionDate", "2026-01-05", "expectedReleaseDate", "2029-01-05"));
        inmate.putAll(extras());
        submit("/inmates", inmate);
        Map<String, Object> created = jdbc.queryForMap("select * from inmate where full_name = ?", "Citra " + tag);
        assertThat(created.get("id")).isNotEqualTo(999_999L);
        assertThat(created.get("status")).isEqualTo("ACTIVE");
        assertThat(created.get("version")).isEqualTo(0L);

        Long partner = partners.ensure("Mitra Uji Massa", PartnerType.BPVP, null, null, null, null);
        Map<String, String> program = (fields("kind", "TRAINING", "partnerId", partner.toString(),
                "title", "Massa " + tag, "startDate", "2027-01-04", "endDate", "2027-03-26", "capacity", "16",
                "targetJp", "160", "vocation", "Las"));
        program.putAll(extras());
        submit("/programs/new", program);
        Map<String, Object> saved = jdbc.queryForMap("select * from program where title = ?", "Massa " + tag);
        assertThat(saved.get("id")).isNotEqualTo(999_999L);
        assertThat(saved.get("status")).isEqualTo("PLANNED");
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> extras() {
        return fields("id", "999999", "version", "7", "status", "RELEASED", "createdBy", "penyusup",
                "createdAt", "2000-01-01T00:00:00Z");
    }

    private String submit(String path, Map<String, String> fields) throws Exception {
        MockHttpServletResponse response = mvc.perform(form(path, fields)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(ADMIN)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        fields.forEach(request::param);
        return request;
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static void assertShownAsText(String body, String tag) {
        assertThat(body).contains(tag);
        assertThat(body).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>");
        assertThat(body).containsAnyOf(SCRIPT_SHOWN, IMG_SHOWN);
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String registration() {
        return "B.I " + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/2026";
    }
}
