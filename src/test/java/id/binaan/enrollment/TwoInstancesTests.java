package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.binaan.BinaanApplication;
import id.binaan.HttpUser;
import id.binaan.HttpUser.Page;
import id.binaan.TestDatabase;
import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one database, as behind a load balancer: a user signs in on one and
 * carries on with the other, and enrollments sent to both at once still respect a program's capacity.
 */
class TwoInstancesTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        a = baseUrl(first);
        b = baseUrl(second);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aUserSignedInOnOneInstanceCarriesOnWithTheOtherAndLogoutEndsTheSessionOnBoth() {
        String staff = users().create(Role.STAFF);
        HttpUser user = new HttpUser();

        Page login = user.logIn(a, staff, TestUsers.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("/login");

        Page home = user.get(b, "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Pengguna " + staff);
        assertThat(user.get(a, "/inmates").status()).isEqualTo(200);

        String signedIn = user.session();
        Page out = user.submit(b, "/", "/logout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/login?logout");

        HttpUser replay = new HttpUser();
        for (String instance : List.of(a, b)) {
            replay.useSession(signedIn);
            Page again = replay.get(instance, "/");
            assertThat(again.status()).as(instance).isEqualTo(302);
            assertThat(again.location()).as(instance).contains("/login");
            assertThat(again.body()).doesNotContain("Pengguna " + staff);
        }
    }

    @Test
    void anImportCheckedOnOneInstanceIsReportedStartedAndFollowedOnTheOther() throws Exception {
        String staff = users().create(Role.STAFF);
        HttpUser user = new HttpUser();
        assertThat(user.logIn(a, staff, TestUsers.PASSWORD).status()).isEqualTo(302);
        String number = "A.I " + (System.nanoTime() % 1_000_000) + "/1999";
        byte[] file = ("registration_number,full_name,sex,legal_status,education,cell_block,admission_date\n"
                + number + ",Lolo Daeng Mangkasa,L,TAHANAN,SD,Blok A,2026-01-05\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Page checked = user.upload(a, "/inmates/import", "/inmates/import", "file", "impor.csv", file);
        assertThat(checked.status()).isEqualTo(302);
        String report = java.net.URI.create(checked.location()).getPath();

        Page onB = user.get(b, report);
        assertThat(onB.status()).as("the check report on the other instance").isEqualTo(200);
        assertThat(onB.body()).contains("impor.csv");
        assertThat(user.submit(b, report, report + "/start", Map.of()).status()).isEqualTo(302);
        Page progress = null;
        for (int i = 0; i < 100; i++) {
            progress = user.get(a, report + "/progress");
            if (!progress.body().contains("data-refresh-seconds")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body()).as("the progress, polled on the first instance").contains("id=\"import-done\"");
        assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from inmate where registration_number = ?", Integer.class, number)).isEqualTo(1);
    }

    @Test
    void simultaneousEnrollmentsSpreadOverBothInstancesKeepTheCapacity() throws Exception {
        EnrollmentFixtures given = new EnrollmentFixtures(first.getBean(Inmates.class), first.getBean(ProgramSetup.class),
                first.getBean(Partners.class), first.getBean(Clock.class));
        Long program = given.training(3);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(given.inmate());
        }
        HttpUser staff = new HttpUser();
        assertThat(staff.logIn(b, users().create(Role.STAFF), TestUsers.PASSWORD).status()).isEqualTo(302);
        String form = "/programs/" + program + "/enrollments/new";
        String tokenA = HttpUser.csrf(staff.get(a, form)).orElseThrow();
        String tokenB = HttpUser.csrf(staff.get(b, form)).orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Page>> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < candidates.size(); i++) {
                String instance = i % 2 == 0 ? a : b;
                String token = i % 2 == 0 ? tokenA : tokenB;
                Long inmate = candidates.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return staff.post(instance, "/programs/" + program + "/enrollments",
                            Map.of("inmateId", inmate.toString(), "_csrf", token));
                }));
            }
            go.countDown();
            for (Future<Page> answer : answers) {
                Page page = answer.get();
                assertThat(page.status()).isEqualTo(302);
                assertThat(page.location()).endsWith("/programs/" + program + "/enrollments");
            }
        } finally {
            pool.shutdown();
        }

        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        String count = "select count(*) from enrollment where program_id = ? and status = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, program, "ACTIVE")).isEqualTo(3);
        assertThat(jdbc.queryForObject(count, Integer.class, program, "WAITLISTED")).isEqualTo(9);
        assertThat(staff.get(a, "/programs/" + program + "/enrollments").status()).isEqualTo(200);
    }

    private static TestUsers users() {
        return new TestUsers(first.getBean(Accounts.class), first.getBean(Partners.class));
    }

    private static ConfigurableApplicationContext start() {
        TestDatabase db = TestDatabase.get();
        return new SpringApplicationBuilder(BinaanApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        // as a deployment runs: the application as its plain role, the migrations as the owner
                        "--spring.datasource.username=" + db.appUsername(), "--spring.datasource.password=" + db.appPassword(),
                        "--spring.flyway.user=" + db.username(), "--spring.flyway.password=" + db.password(),
                        "--spring.main.banner-mode=off");
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }
}
