package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.binaan.inmate.Education;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
class EnrollmentFlowTests {

    @Autowired
    EnrollmentService service;
    @Autowired
    Inmates inmates;
    @Autowired
    ProgramSetup programs;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @MockitoBean
    AttendanceTotals attendance;

    EnrollmentFixtures given;

    @BeforeEach
    void setUp() {
        given = new EnrollmentFixtures(inmates, programs, partners, clock);
        when(attendance.tally(anyLong())).thenReturn(AttendanceTotals.Tally.NONE);
    }

    @Test
    void placesFillUpThenTheWaitingListTakesOverAndMovesUpWhenSomeoneLeaves() {
        Long program = given.training(2);
        var first = service.enroll("petugas", program, given.inmate(), null);
        var second = service.enroll("petugas", program, given.inmate(), null);
        var third = service.enroll("petugas", program, given.inmate(), null);
        var fourth = service.enroll("petugas", program, given.inmate(), null);

        assertThat(List.of(first.status(), second.status(), third.status(), fourth.status())).containsExactly(
                EnrollmentStatus.ACTIVE, EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED, EnrollmentStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(fourth.waitlistPosition()).isEqualTo(2);

        service.withdraw("petugas", first.enrollmentId(), 0, EndReason.HEALTH);

        assertThat(status(first.enrollmentId())).isEqualTo("WITHDRAWN");
        assertThat(status(third.enrollmentId())).as("first on the waiting list moves in").isEqualTo("ACTIVE");
        assertThat(status(fourth.enrollmentId())).isEqualTo("WAITLISTED");
        assertThat(jdbc.queryForObject("select reason from enrollment_event where enrollment_id = ? and to_status = 'ACTIVE'",
                String.class, third.enrollmentId())).isEqualTo("promoted");
    }

    @Test
    void fiftySimultaneousEnrollmentsIntoTenPlacesLeaveExactlyTenActive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int round = 0; round < 5; round++) {
                Long program = given.training(10);
                // New people each round: those active in an earlier round would clash with this schedule.
                List<Long> people = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    people.add(given.inmate());
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<EnrollmentService.Attempt>> results = new ArrayList<>();
                for (Long person : people) {
                    Callable<EnrollmentService.Attempt> call = () -> {
                        start.await();
                        return service.enroll("petugas", program, person, null);
                    };
                    results.add(pool.submit(call));
                }
                start.countDown();
                for (Future<EnrollmentService.Attempt> result : results) {
                    assertThat(result.get().enrolled()).isTrue();
                }
                assertThat(count(program, "ACTIVE")).as("round " + round).isEqualTo(10);
                assertThat(count(program, "WAITLISTED")).as("round " + round).isEqualTo(40);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameInmateSubmittedTwiceAtOnceIsEnrolledOnce() throws Exception {
        Long program = given.training(10);
        Long person = given.inmate();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<EnrollmentService.Attempt> call = () -> {
                start.await();
                return service.enroll("petugas", program, person, null);
            };
            Future<EnrollmentService.Attempt> a = pool.submit(call);
            Future<EnrollmentService.Attempt> b = pool.submit(call);
            start.countDown();
            assertThat(List.of(a.get().enrolled(), b.get().enrolled())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from enrollment where program_id = ? and inmate_id = ?",
                Integer.class, program, person)).isEqualTo(1);
    }

    @Test
    void releasingAnInmateEndsTheirEnrollmentsAndPromotesTheWaitingList() {
        Long program = given.training(1);
        Long leaving = given.inmate();
        var active = service.enroll("petugas", program, leaving, null);
        var waiting = service.enroll("petugas", program, given.inmate(), null);

        inmates.release("petugas", leaving, given.today());

        assertThat(status(active.enrollmentId())).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select end_reason from enrollment where id = ?", String.class,
                active.enrollmentId())).isEqualTo("RELEASED");
        assertThat(status(waiting.enrollmentId())).isEqualTo("ACTIVE");
    }

    @Test
    void refusedEnrollmentsWriteNothing() {
        Long training = given.training(5);
        Long released = given.inmate();
        inmates.release("petugas", released, given.today());
        Long paketC = given.equivalencyClass(EducationLevel.PAKET_C);

        assertThat(service.enroll("petugas", training, released, null).blocked()).isTrue();
        assertThat(service.enroll("petugas", paketC, given.inmate(Education.SD, given.today().plusYears(2)), null).blocked())
                .as("Paket C needs SMP or Paket B").isTrue();
        assertThat(service.enroll("petugas", paketC, given.inmate(Education.SMP, given.today().plusYears(2)), null).enrolled())
                .isTrue();
        assertThat(count(training, "ACTIVE") + count(training, "WAITLISTED")).isZero();
    }

    @Test
    void anEarlyReleaseNeedsAWrittenReasonWhichIsKept() {
        Long program = given.training(5);
        Long soonFree = given.inmate(Education.SD, given.today().plusDays(30));

        var withoutReason = service.enroll("petugas", program, soonFree, "  ");
        assertThat(withoutReason.needsOverride()).isTrue();
        assertThat(withoutReason.enrolled()).isFalse();

        var withReason = service.enroll("petugas", program, soonFree, "Permintaan kepala rutan; cukup untuk modul dasar.");
        assertThat(withReason.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select override_reason from enrollment where id = ?", String.class,
                withReason.enrollmentId())).isEqualTo("Permintaan kepala rutan; cukup untuk modul dasar.");
    }

    @Test
    void completionWaitsForTheAttendedJpToReachTheThreshold() {
        Long program = given.training(5);
        var enrolled = service.enroll("petugas", program, given.inmate(), null);
        Long id = enrolled.enrollmentId();

        when(attendance.tally(id)).thenReturn(new AttendanceTotals.Tally(10, 7, 40, 28));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> service.complete("petugas", id, 0, Outcome.KOMPETEN, "LSP-001")).isInstanceOf(IllegalStateException.class);
        assertThat(status(id)).isEqualTo("ACTIVE");

        when(attendance.tally(id)).thenReturn(new AttendanceTotals.Tally(10, 8, 40, 32));
        service.complete("petugas", id, 0, Outcome.KOMPETEN, "LSP-001");
        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select outcome || ' ' || certificate_number from enrollment where id = ?",
                String.class, id)).isEqualTo("KOMPETEN LSP-001");
    }

    @Test
    void aStaleWithdrawalIsRefusedAndChangesNothing() {
        Long program = given.training(5);
        var enrolled = service.enroll("petugas", program, given.inmate(), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> service.withdraw("petugas", enrolled.enrollmentId(), 7, EndReason.OTHER))
                .isInstanceOf(EnrollmentService.StaleEnrollmentException.class);
        assertThat(status(enrolled.enrollmentId())).isEqualTo("ACTIVE");
    }

    private String status(Long enrollmentId) {
        return jdbc.queryForObject("select status from enrollment where id = ?", String.class, enrollmentId);
    }

    private int count(Long programId, String status) {
        return jdbc.queryForObject("select count(*) from enrollment where program_id = ? and status = ?", Integer.class,
                programId, status);
    }
}
