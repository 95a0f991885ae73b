package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The SQL statements a page sends per request: at most four for the key pages, and the same number for a
 * program of 3 participants as for one of 60, for a list page 1 as for a page deep in the register.
 * Statements are counted where the application's connections prepare them (a counting DataSource), for a user
 * signed in through the login form, so that the session store is counted too: it reads the session with one
 * statement per request and writes nothing while nothing in the session changed (its last access is written at
 * most once a minute, see {@code account.SessionStore}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementCountTests {

    static final int MAX_STATEMENTS = 4;
    static final AtomicInteger PREPARED = new AtomicInteger();
    static final AtomicInteger SESSION_STORE = new AtomicInteger();

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Partners partners;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void programPageCostsTheSameFewStatementsWhateverItsSize() throws Exception {
        long small = program(3);
        long large = program(60);
        int smallCount = statements("/programs/" + small);
        int largeCount = statements("/programs/" + large);
        assertThat(largeCount).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS).isEqualTo(smallCount);
    }

    @Test
    void attendancePageCostsTheSameFewStatementsWhateverItsSize() throws Exception {
        long small = heldSession(program(3));
        long large = heldSession(program(60));
        int smallCount = statements("/sessions/" + small);
        int largeCount = statements("/sessions/" + large);
        assertThat(largeCount).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS).isEqualTo(smallCount);
    }

    @Test
    void dashboardCostsAFewStatements() throws Exception {
        program(20);
        assertThat(statements("/")).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void inmateListDeepPageCostsWhatPageOneCosts() throws Exception {
        program(120);
        String tag = lastTag;
        int first = statements("/inmates");
        Map<String, Object> deep = jdbc.queryForMap("select lower(full_name) as k, id from inmate "
                + "order by lower(full_name), id offset 100 limit 1");
        int deepCount = statements("/inmates?after=" + URLEncoder.encode((String) deep.get("k"), StandardCharsets.UTF_8)
                + "&afterId=" + deep.get("id"));
        int search = statements("/inmates?q=" + tag + "&size=100");
        assertThat(first).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(deepCount).isEqualTo(first);
        assertThat(search).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    /**
     * The page's own statements while serving one GET to an administrator signed in through the login form (the page
     * must answer 200); the session store's are checked here too: exactly one read, no write.
     */
    private int statements(String path) throws Exception {
        Cookie session = signedIn();
        mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
        PREPARED.set(0);
        SESSION_STORE.set(0);
        mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
        assertThat(SESSION_STORE.get()).as("session store statements for " + path).isEqualTo(1);
        return PREPARED.get();
    }

    private Cookie signedInAdmin;

    private Cookie signedIn() throws Exception {
        if (signedInAdmin == null) {
            String admin = new TestUsers(accounts, partners).create(Role.ADMIN);
            MvcResult login = mvc.perform(post("/login").param("username", admin).param("password", TestUsers.PASSWORD)
                    .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
            signedInAdmin = login.getResponse().getCookie("SESSION");
            assertThat(signedInAdmin).as("the session cookie of the sign-in").isNotNull();
        }
        return signedInAdmin;
    }

    private String lastTag;

    /**
     * A running training with {@code participants} active enrollments of new inmates, ten sessions (the
     * past ones held, with everyone's attendance) and its partner; answers the program's id.
     */
    private long program(int participants) {
        String tag = "stc" + UUID.randomUUID().toString().substring(0, 8);
        lastTag = tag;
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusDays(30);
        Long partner = jdbc.queryForObject("insert into partner (name, type) values (?, 'LPK') returning id",
                Long.class, "Mitra " + tag);
        Long program = jdbc.queryForObject("""
                insert into program (kind, partner_id, title, start_date, end_date, capacity, target_jp, status,
                                     vocation, completion_threshold_percent)
                values ('TRAINING', ?, ?, ?, ?, 500, 40, 'RUNNING', 'Menjahit', 80) returning id""",
                Long.class, partner, "Pelatihan " + tag, start, today.plusDays(30));
        jdbc.update("""
                insert into program_session (program_id, session_date, start_time, end_time, jp, status)
                select ?, cast(? as date) + g * 5, time '08:00', time '10:00', 2,
                       case when cast(? as date) + g * 5 < ? then 'HELD' else 'SCHEDULED' end
                  from generate_series(0, 9) g""", program, start, start, today);
        jdbc.update("""
                insert into inmate (registration_number, full_name, sex, legal_status, education, cell_block,
                                    admission_date)
                select ? || '-' || g, 'Warga ' || ? || ' ' || g, 'MALE', 'NARAPIDANA', 'SMP', 'Blok A', ?
                  from generate_series(1, ?) g""", tag, tag, start.minusYears(1), participants);
        jdbc.update("""
                insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on,
                                        created_by)
                select ?, id, 'ACTIVE', now(), ?, ?, 'test' from inmate where registration_number like ?""",
                program, start.minusDays(5), start.minusDays(5), tag + "-%");
        jdbc.update("""
                insert into attendance (session_id, enrollment_id, status, recorded_by, recorded_at)
                select s.id, e.id, 'PRESENT', 'test', now()
                  from program_session s join enrollment e on e.program_id = s.program_id
                 where s.program_id = ? and s.status = 'HELD'""", program);
        return program;
    }

    private long heldSession(long program) {
        List<Long> held = jdbc.queryForList("select id from program_session where program_id = ? and status = 'HELD' "
                + "order by session_date", Long.class, program);
        return held.get(0);
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCountTests.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCountTests.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    boolean sessionStore = args != null && args.length > 0 && args[0] instanceof String sql
                            && sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        (sessionStore ? SESSION_STORE : PREPARED).incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
