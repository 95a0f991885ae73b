package id.binaan.audit;

import id.binaan.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    /** As the tables' owner: these tests tamper with the log behind the application's back. */
    JdbcTemplate jdbc = TestDatabase.get().owner();

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin {2}, staff {3}, partner {4}")
    @CsvSource(delimiter = '|', textBlock = """
            /admin/audit/verify                           | 302 | 200 | 403 | 403
            /admin/audit?from=2026-11-01&to=2026-11-30    | 302 | 200 | 403 | 403
            /admin/audit?from=bukan-tanggal               | 302 | 400 | 403 | 403
            """)
    void routeByRole(String route, int anonymous, int admin, int staff, int partner) throws Exception {
        mvc.perform(html(get(route))).andExpect(status().is(anonymous));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().is(admin));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(route)).with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().is(partner));
    }

    @Test
    void theApplicationCannotChangeOrRemoveAnEvent() {
        String actor = unique();
        auditLog.record(actor, "TEST_EVENT", null, null, "asli");
        Long id = idOf(actor);

        assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'palsu' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select details from audit_event where id = ?", String.class, id)).isEqualTo("asli");
    }

    @Test
    void aChangedEventIsDetectedAndNamed() throws Exception {
        String actor = unique();
        auditLog.record(actor, "TEST_EVENT", "Inmate", 42, "asli");
        auditLog.record(actor, "TEST_EVENT", "Inmate", 43, "berikutnya");
        Long id = jdbc.queryForObject("select min(id) from audit_event where actor = ?", Long.class, actor);
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));

        tamper(id, "palsu");
        try {
            verifyPage()
                    .andExpect(content().string(containsString("id=\"chain-broken\"")))
                    .andExpect(content().string(containsString("peristiwa #" + id + ".")))
                    .andExpect(content().string(containsString(actor)));
        } finally {
            tamper(id, "asli");
        }
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    @Test
    void aRemovedEventIsDetectedAtTheEventAfterIt() throws Exception {
        String actor = unique();
        for (int i = 1; i <= 3; i++) {
            auditLog.record(actor, "TEST_EVENT", "Inmate", i, "ke-" + i);
        }
        List<Long> ids = jdbc.queryForList("select id from audit_event where actor = ? order by id", Long.class, actor);
        java.util.Map<String, Object> removed = jdbc.queryForMap("select * from audit_event where id = ?", ids.get(1));

        asOwnerPastTheTriggers(() -> jdbc.update("delete from audit_event where id = ?", ids.get(1)));
        try {
            verifyPage()
                    .andExpect(content().string(containsString("id=\"chain-broken\"")))
                    .andExpect(content().string(containsString("peristiwa #" + ids.get(2) + ".")));
        } finally {
            asOwnerPastTheTriggers(() -> jdbc.update("insert into audit_event (id, occurred_at, actor, action, target_type,"
                            + " target_id, details, hash) values (?, ?, ?, ?, ?, ?, ?, ?)", removed.get("id"),
                    removed.get("occurred_at"), removed.get("actor"), removed.get("action"), removed.get("target_type"),
                    removed.get("target_id"), removed.get("details"), removed.get("hash")));
        }
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    /**
     * Someone with rights over the database deletes the newest events: what remains is a chain that holds, but the
     * newest event of the last check, anchored outside the database, is gone.
     */
    @Test
    void deletingTheNewestEventsIsDetectedAgainstTheAnchorOfTheLastCheck() throws Exception {
        String actor = unique();
        for (int i = 1; i <= 3; i++) {
            auditLog.record(actor, "TEST_EVENT", "Inmate", i, "ke-" + i);
        }
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
        List<java.util.Map<String, Object>> newest = jdbc.queryForList(
                "select * from audit_event where id >= (select min(id) from audit_event where actor = ?) order by id", actor);
        Long anchored = (Long) newest.get(newest.size() - 1).get("id");

        asOwnerPastTheTriggers(() -> jdbc.update("delete from audit_event where id >= ?", newest.get(1).get("id")));
        try {
            verifyPage()
                    .andExpect(content().string(containsString("id=\"anchor-missing\"")))
                    .andExpect(content().string(containsString("(#" + anchored + ",")))
                    .andExpect(content().string(not(containsString("id=\"chain-intact\""))));
            // a second check still reports it: the anchor is kept
            verifyPage()
                    .andExpect(content().string(containsString("id=\"anchor-missing\"")));
        } finally {
            asOwnerPastTheTriggers(() -> newest.subList(1, newest.size()).forEach(removed -> jdbc.update(
                    "insert into audit_event (id, occurred_at, actor, action, target_type, target_id, details, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)", removed.get("id"), removed.get("occurred_at"),
                    removed.get("actor"), removed.get("action"), removed.get("target_type"), removed.get("target_id"),
                    removed.get("details"), removed.get("hash"))));
        }
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    @Test
    void anEventSlippedInWithoutTheChainIsDetected() throws Exception {
        auditLog.record(unique(), "TEST_EVENT", null, null, null);
        Long forged = jdbc.queryForObject("select nextval(pg_get_serial_sequence('audit_event', 'id'))", Long.class);
        asOwnerPastTheTriggers(() -> jdbc.update("insert into audit_event (id, actor, action, details, hash)"
                + " values (?, 'admin', 'ACCOUNT_CREATED', 'username=pintu-belakang', repeat('0', 64))", forged));
        try {
            verifyPage()
                    .andExpect(content().string(containsString("id=\"chain-broken\"")))
                    .andExpect(content().string(containsString("peristiwa #" + forged + ".")));
        } finally {
            asOwnerPastTheTriggers(() -> jdbc.update("delete from audit_event where id = ?", forged));
        }
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        String actor = unique();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> auditLog.record(actor, "TEST_EVENT", null, n, null)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ?", Integer.class, actor)).isEqualTo(40);
        verifyPage().andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    @Test
    void eventsCanBeFilteredByFacilityDates() throws Exception {
        String actor = unique();
        jdbc.update("insert into audit_event (facility_id, occurred_at, actor, action)"
                + " values (1, '2020-03-04 23:30:00+08', ?, 'TEST_DATED')", actor);
        String page = "/admin/audit?actor=" + actor;

        mvc.perform(get(page + "&from=2020-03-04&to=2020-03-04").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(content().string(containsString("TEST_DATED")));
        mvc.perform(get(page + "&from=2020-03-05").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(content().string(not(containsString("TEST_DATED"))));
        mvc.perform(get(page + "&to=2020-03-03").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(content().string(not(containsString("TEST_DATED"))));
    }

    @Test
    void aRefusedRequestIsRecordedAndStillAnswered403() throws Exception {
        String sql = "select count(*) from audit_event where actor = 'partner-principal' and action = 'ACCESS_DENIED'"
                + " and details = 'GET /admin/users'";
        Integer before = jdbc.queryForObject(sql, Integer.class);

        mvc.perform(html(get("/admin/users")).with(user(TestUsers.principal(Role.PARTNER, 1L))))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject(sql, Integer.class)).isEqualTo(before + 1);
    }

    private org.springframework.test.web.servlet.ResultActions verifyPage() throws Exception {
        return mvc.perform(get("/admin/audit/verify").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk());
    }

    /** As the owner of the table (the test connection), past the trigger that refuses changes. */
    private void tamper(Long id, String details) {
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        try {
            jdbc.update("update audit_event set details = ? where id = ?", details, id);
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
        }
    }

    /** As the owner of the table (the test connection), with the chain and append-only triggers off. */
    private void asOwnerPastTheTriggers(Runnable change) {
        jdbc.execute("alter table audit_event disable trigger user");
        try {
            change.run();
        } finally {
            jdbc.execute("alter table audit_event enable trigger user");
        }
    }

    private Long idOf(String actor) {
        return jdbc.queryForObject("select id from audit_event where actor = ?", Long.class, actor);
    }

    private static String unique() {
        return "uji-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
