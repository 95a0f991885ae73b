package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** What the demo facility's pages say: words, never the codes of DESIGN.md, class names or "null". */
@SpringBootTest(properties = "binaan.demo.password=demo-sandi-uji-2026")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public class WordsNotCodesTests {

    /** Codes of DESIGN.md and of the audit log: upper-case words joined by underscores, and the bare ones. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:ACTIVE|RELEASED|TRANSFERRED|WITHDRAWN"
            + "|COMPLETED|WAITLISTED|KOMPETEN|LULUS|SCHEDULED|HELD|CANCELLED|PRESENT|EXCUSED|ABSENT|MONDAY|TUESDAY"
            + "|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TRAINING|EQUIVALENCY|SICK|OTHER|RUNNING|PLANNED)\\b"
            + "|\\b\\w+Exception\\b|\\bnull\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditLogSpeaksInWords() throws Exception {
        jdbc.update("insert into audit_event (actor, action, details) values ('budi', 'LOGIN_FAILED', 'DisabledException')");
        jdbc.update("insert into audit_event (actor, action, target_type, details) values ('anonymous',"
                + " 'CERTIFICATE_NOT_VERIFIED', 'Certificate', 'address=127.0.0.1, code=XYZ')");
        for (String filter : List.of("", "?action=SESSIONS_GENERATED", "?action=INMATE_RELEASED", "?actor=budi",
                "?action=CERTIFICATE_NOT_VERIFIED", "?action=ACCOUNT_CREATED", "?action=ENROLLMENT_WITHDRAWN")) {
            assertThat(codesIn(events("/admin/audit" + filter))).as(filter).isEmpty();
        }
        assertThat(events("/admin/audit?action=SESSIONS_GENERATED")).contains("Jadwal pertemuan dibuat").contains("Senin");
        assertThat(events("/admin/audit?action=INMATE_RELEASED")).contains("Pembebasan bersyarat (PB)");
        Long released = jdbc.queryForObject("select cast(target_id as bigint) from audit_event where action = 'INMATE_RELEASED'"
                + " order by id limit 1", Long.class);
        assertThat(page("/admin/audit?action=INMATE_RELEASED", Role.ADMIN))
                .as("the target links to its record").contains("href=\"/inmates/" + released + "\"");
        assertThat(events("/admin/audit?actor=budi")).contains("Gagal masuk").contains("akun dinonaktifkan");
        assertThat(events("/admin/audit?action=CERTIFICATE_NOT_VERIFIED")).contains("Kode sertifikat tidak dikenal")
                .contains("Sertifikat");
    }

    @Test
    void theAuditFilterFindsEventsByAWordInAnyCase() throws Exception {
        String byWord = events("/admin/audit?text=enrollment");
        assertThat(byWord).contains("Peserta aktif").doesNotContain("Warga binaan dicatat");
        String byIndonesian = events("/admin/audit?text=JADWAL");
        assertThat(byIndonesian).contains("Jadwal pertemuan dibuat").doesNotContain("Peserta aktif");
        String byTypedAction = events("/admin/audit?action=enrollment");
        assertThat(byTypedAction).contains("Peserta aktif").doesNotContain("Jadwal pertemuan dibuat");
        String byActor = events("/admin/audit?actor=SYS");
        assertThat(byActor).doesNotStartWith(" 0 peristiwa").contains("system");
    }

    @Test
    void theDashboardWritesTheYearAsAYear() throws Exception {
        String page = text(page("/", Role.STAFF));
        assertThat(page).containsPattern("Tahun 20\\d\\d:").doesNotContainPattern("Tahun \\d\\.\\d{3}");
        String english = text(page("/?lang=en", Role.STAFF));
        assertThat(english).containsPattern("In 20\\d\\d:").doesNotContainPattern("In \\d,\\d{3}");
    }

    @Test
    void noDemoPageShowsACode() throws Exception {
        for (String path : List.of("/", "/inmates", "/programs", "/sessions", "/sessions/week", "/sessions/pending",
                "/partners", "/reports", "/admin/users")) {
            assertThat(codesIn(text(page(path, Role.ADMIN)))).as(path).isEmpty();
        }
    }

    /** The audit page from its count of events on: the events found, not the list of actions to choose from. */
    String events(String path) throws Exception {
        String html = page(path, Role.ADMIN);
        return text(html.substring(html.indexOf("id=\"audit-count\"") - 3));
    }

    String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(user(TestUsers.principal(role, null)))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The page as a reader sees it: no markup, no scripts, entities decoded. */
    static String text(String html) {
        String visible = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(visible).replaceAll("\\s+", " ");
    }

    public static List<String> codesIn(String text) {
        Matcher m = CODE.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
