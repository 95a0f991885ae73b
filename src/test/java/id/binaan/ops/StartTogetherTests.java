package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.binaan.BinaanApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances starting at the same moment on a fresh database, as a deployment with two replicas does. To make
 * the moment exact rather than lucky, each instance waits for the other at a gate just before its start-up work
 * (the first administrator, the demo data); an instance that cannot reach the gate within a few seconds (because
 * the other holds the start-up lock) goes on alone.
 */
class StartTogetherTests {

    private final OpsDatabases databases = new OpsDatabases();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
        databases.dropAll();
    }

    @Test
    void bothStartAndOnlyOneAdministratorIsCreated() throws Exception {
        String database = databases.create("together");
        startTwoAtOnce(database, "--binaan.admin.password=Sangat-Rahasia-2026!");

        JdbcTemplate sql = databases.jdbc(database);
        assertThat(sql.queryForObject("select count(*) from user_account where username = 'admin'", Integer.class))
                .isEqualTo(1);
        assertThat(sql.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_CREATED'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void bothStartWithTheDemoDataAndSeedItOnce() throws Exception {
        String database = databases.create("together_demo");
        startTwoAtOnce(database, "--spring.profiles.active=demo", "--binaan.demo.password=Sangat-Rahasia-2026!");

        JdbcTemplate sql = databases.jdbc(database);
        assertThat(sql.queryForObject("select count(*) - count(distinct username) from user_account", Integer.class))
                .as("accounts created twice").isZero();
        assertThat(sql.queryForObject("select count(*) - count(distinct name) from partner", Integer.class))
                .as("partners created twice").isZero();
        assertThat(sql.queryForObject("select count(*) - count(distinct registration_number) from inmate", Integer.class))
                .as("inmates created twice").isZero();
        assertThat(sql.queryForObject("select count(*) - count(distinct title) from program", Integer.class))
                .as("programs created twice").isZero();
    }

    private void startTwoAtOnce(String database, String... extra) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(2);
        // Spring Boot sets up logging for the whole JVM at the very beginning of a start, and two of those at once
        // trip over each other (a limit of starting both in one JVM, not of the application): the second start
        // begins once the first has its logging set up, well before either reaches its start-up work.
        CountDownLatch firstLogging = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            starts.add(threads.submit(() -> start(database, gate, firstLogging, extra)));
            starts.add(threads.submit(() -> {
                firstLogging.await(2, TimeUnit.MINUTES);
                return start(database, gate, new CountDownLatch(1), extra);
            }));
            for (Future<ConfigurableApplicationContext> start : starts) {
                started.add(start.get(4, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(started).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
    }

    private ConfigurableApplicationContext start(String database, CyclicBarrier gate, CountDownLatch loggingReady,
            String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + databases.url(database),
                "--spring.datasource.username=" + id.binaan.TestDatabase.get().username(),
                "--spring.datasource.password=" + id.binaan.TestDatabase.get().password(),
                // start, backup, shutdown: run as the server's superuser on a database of their own, where the demo
                // makes a second facility; row-level security is tested as the application's role elsewhere
                "--binaan.database.require-row-security=false"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(BinaanApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("startTogetherGate", new Gate(gate));
                    loggingReady.countDown();
                })
                .run(arguments.toArray(String[]::new));
    }

    /** Runs before every start-up runner of the application (the demo data's first one has order 1). */
    record Gate(CyclicBarrier barrier) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            try {
                barrier.await(8, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                // the other instance is not here: it is waiting for this one's start-up lock
            }
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }
}
