package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Long lists of the demo facility: "1–50 dari 1.234" with numbered pages that keep the filters, sortable headers. */
@SpringBootTest(properties = "binaan.demo.password=demo-sandi-uji-2026")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class LongListsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditLogSaysWhichEventsOfHowManyAndLinksEachPageKeepingTheFilter() throws Exception {
        int events = jdbc.queryForObject("select count(*) from audit_event where lower(actor) like 'sys%'", Integer.class);
        assertThat(events).isGreaterThan(100);
        String first = page("/admin/audit?actor=sys");
        assertThat(first).contains("1–50 dari " + String.format(java.util.Locale.forLanguageTag("id"), "%,d", events))
                .contains("href=\"/admin/audit?actor=sys&amp;page=1\" id=\"page-2\"")
                .contains("aria-current=\"page\"");
        String second = page("/admin/audit?actor=sys&page=1");
        assertThat(second).contains("51–100 dari ");
    }

    @Test
    void theInmateListIsSortedByTheHeaderClicked() throws Exception {
        String byName = page("/inmates");
        assertThat(byName).contains("aria-sort=\"ascending\"><a id=\"sort-NAME\"")
                .contains("href=\"/inmates?q=&amp;status=&amp;legalStatus=&amp;block=&amp;sort=REGISTRATION_NUMBER&amp;size=20\"");
        String byNumber = page("/inmates?sort=REGISTRATION_NUMBER");
        assertThat(byNumber).contains("aria-sort=\"ascending\"><a id=\"sort-REGISTRATION_NUMBER\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestUsers.principal(Role.ADMIN, null)))).andReturn().getResponse()
                .getContentAsString();
    }
}
