package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
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
import id.binaan.inmate.ReleaseType;
import id.binaan.partner.Partners;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramCapacityChanged;
import id.binaan.program.ProgramSetup;
import id.binaan.shared.RuleViolation;
import id.binaan.shared.StaleRecordException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Enrolling and the lifecycle across modules, on PostgreSQL: capacity and the waiting list under concurrency. */
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
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
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

        service.withdraw("petugas", first.enrollmentId(), 0L, EndReason.HEALTH);

        assertThat(status(first.enrollmentId())).isEqualTo("WITHDRAWN");
        assertThat(status(third.enrollmentId())).as("first on the waiting list moves in").isEqualTo("ACTIVE");
        assertThat(status(fourth.enrollmentId())).isEqualTo("WAITLISTED");
        assertThat(jdbc.queryForObject("select step from enrollment_event where enrollment_id = ? and to_status = 'ACTIVE'",
                String.class, third.enrollmentId())).isEqualTo("PROMOTED");
    }

    @Test
    void raisingTheCapacityPromotesTheFirstOnTheWaitingListAtOnce() {
        Long program = given.training(4);
        List<Long> enrolled = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            enrolled.add(service.enroll("petugas", program, given.inmate(), null).enrollmentId());
        }
        assertThat(count(program, "ACTIVE")).isEqualTo(4);

        service.capacityChanged("petugas", program, 6);

        assertThat(count(program, "ACTIVE")).isEqualTo(6);
        assertThat(status(enrolled.get(4))).isEqualTo("ACTIVE");
        assertThat(status(enrolled.get(5))).isEqualTo("ACTIVE");
        assertThat(status(enrolled.get(6))).isEqualTo("WAITLISTED");
        assertThatThrownBy(() -> service.capacityChanged("petugas", program, 5))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("capacity");
                    assertThat(v.messageKey()).isEqualTo("program.error.belowTaken");
                });
    }

    /**
     * DESIGN.md rule 1 under concurrency: a program full at 4 with 6 waiting has its capacity raised to 10 while 50
     * other requests enroll. Never more active than the capacity, and those promoted are the first in the queue.
     */
    @Test
    void raisingTheCapacityWhileFiftyEnrollNeverExceedsItAndPromotesTheFirstInTheQueue() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(51);
        try {
            for (int round = 0; round < 3; round++) {
                Long program = given.training(4);
                List<Long> queue = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    Long id = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
                    if (i >= 4) {
                        queue.add(id);
                    }
                }
                List<Long> people = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    people.add(given.inmate());
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> results = new ArrayList<>();
                for (Long person : people) {
                    Callable<EnrollmentService.Attempt> call = () -> {
                        start.await();
                        return service.enroll("petugas", program, person, null);
                    };
                    results.add(pool.submit(call));
                }
                // as the program form saves it: the new capacity and its announcement in one transaction
                results.add(pool.submit(() -> {
                    start.await();
                    return transactions.execute(tx -> {
                        jdbc.update("update program set capacity = 10 where id = ?", program);
                        events.publishEvent(new ProgramCapacityChanged(program, 10));
                        return null;
                    });
                }));
                start.countDown();
                for (Future<?> result : results) {
                    result.get();
                }
                assertThat(count(program, "ACTIVE")).as("round " + round).isEqualTo(10);
                assertThat(count(program, "WAITLISTED")).as("round " + round).isEqualTo(50);
                for (Long waited : queue) {
                    assertThat(status(waited)).as("round %d: the six who waited first", round).isEqualTo("ACTIVE");
                }
            }
        } finally {
            pool.shutdownNow();
        }
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
                    assertThat(result.get().enrollmentId()).isNotNull();
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
        List<Object> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Object> call = () -> {
                start.await();
                try {
                    return service.enroll("petugas", program, person, null);
                } catch (RuleViolation refused) {
                    return refused.messageKey();
                }
            };
            Future<Object> a = pool.submit(call);
            Future<Object> b = pool.submit(call);
            start.countDown();
            answers.add(a.get());
            answers.add(b.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).filteredOn(EnrollmentService.Attempt.class::isInstance).hasSize(1);
        assertThat(answers).contains("enrollment.refused.blocked");
        assertThat(jdbc.queryForObject("select count(*) from enrollment where program_id = ? and inmate_id = ?",
                Integer.class, program, person)).isEqualTo(1);
    }

    @Test
    void releasingAnInmateEndsTheirEnrollmentsAndPromotesTheWaitingList() {
        Long program = given.training(1);
        Long leaving = given.inmate();
        var active = service.enroll("petugas", program, leaving, null);
        var waiting = service.enroll("petugas", program, given.inmate(), null);

        inmates.release("petugas", leaving, given.today().minusDays(1), ReleaseType.PEMBEBASAN_BERSYARAT);

        assertThat(status(active.enrollmentId())).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select end_reason || ' ' || ended_on from enrollment where id = ?", String.class,
                active.enrollmentId())).isEqualTo("RELEASED " + given.today().minusDays(1));
        assertThat(status(waiting.enrollmentId())).isEqualTo("ACTIVE");
    }

    @Test
    void aFutureReleaseIsRefusedAndEndsNothing() {
        Long program = given.training(1);
        Long leaving = given.inmate();
        var active = service.enroll("petugas", program, leaving, null);

        assertThatThrownBy(() -> inmates.release("petugas", leaving, given.today().plusDays(46), ReleaseType.BEBAS_MURNI))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("inmate.error.date.future"));
        assertThat(status(active.enrollmentId())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select status from inmate where id = ?", String.class, leaving)).isEqualTo("ACTIVE");
    }

    @Test
    void refusedEnrollmentsWriteNothing() {
        Long training = given.training(5);
        Long released = given.inmate();
        inmates.release("petugas", released, given.today(), ReleaseType.BEBAS_MURNI);
        Long paketC = given.equivalencyClass(EducationLevel.PAKET_C);

        assertThatThrownBy(() -> service.enroll("petugas", training, released, null)).isInstanceOf(RuleViolation.class);
        Long primary = given.inmate(Education.SD, given.today().plusYears(2));
        assertThatThrownBy(() -> service.enroll("petugas", paketC, primary, null))
                .as("Paket C needs SMP or Paket B").isInstanceOf(RuleViolation.class);
        assertThat(service.enroll("petugas", paketC, given.inmate(Education.SMP, given.today().plusYears(2)), null)
                .status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(count(training, "ACTIVE") + count(training, "WAITLISTED")).isZero();
    }

    @Test
    void anIneligibleInmateIsPointedToAProgramThatFits() {
        Long paketB = given.equivalencyClass(EducationLevel.PAKET_B);
        Long paketC = given.equivalencyClass(EducationLevel.PAKET_C);
        Long smpGraduate = given.inmate(Education.SMP, given.today().plusYears(2));

        assertThat(service.suggestions(paketB, smpGraduate)).extracting(p -> p.id()).contains(paketC)
                .doesNotContain(paketB);
        assertThat(service.suggestions(paketC, smpGraduate)).as("it fits: nothing to point to").isEmpty();
    }

    @Test
    void anEarlyReleaseNeedsAWrittenReasonWhichIsKept() {
        Long program = given.training(5);
        Long soonFree = given.inmate(Education.SD, given.today().plusDays(30));

        assertThatThrownBy(() -> service.enroll("petugas", program, soonFree, "  "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("overrideReason"));
        assertThat(count(program, "ACTIVE")).isZero();

        var withReason = service.enroll("petugas", program, soonFree, "Permintaan kepala rutan; cukup untuk modul dasar.");
        assertThat(withReason.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select override_reason from enrollment where id = ?", String.class,
                withReason.enrollmentId())).isEqualTo("Permintaan kepala rutan; cukup untuk modul dasar.");
    }

    @Test
    void completionWaitsForTheProgramAndTheThresholdOfTheJpExpected() {
        Long program = given.training(5);
        Long id = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        when(attendance.tally(id)).thenReturn(new AttendanceTotals.Tally(1, 1, 4, 0, 4, 4, new BigDecimal("100.0")));

        assertThatThrownBy(() -> service.complete("petugas", id, 0L, Outcome.KOMPETEN, "LSP-001"))
                .as("one session into a 160 JP training").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("enrollment.complete.notOver"));

        jdbc.update("update program set status = 'COMPLETED' where id = ?", program);
        when(attendance.tally(id)).thenReturn(new AttendanceTotals.Tally(40, 30, 160, 20, 140, 110, new BigDecimal("78.6")));
        assertThatThrownBy(() -> service.complete("petugas", id, 0L, Outcome.KOMPETEN, "LSP-001"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("enrollment.complete.thresholdNotReached"));
        assertThat(status(id)).isEqualTo("ACTIVE");

        when(attendance.tally(id)).thenReturn(new AttendanceTotals.Tally(40, 31, 160, 20, 140, 112, new BigDecimal("80.0")));
        service.complete("petugas", id, 0L, Outcome.KOMPETEN, "LSP-001");
        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select outcome || ' ' || certificate_number from enrollment where id = ?",
                String.class, id)).isEqualTo("KOMPETEN LSP-001");
    }

    @Test
    void someonePutFirstTakesTheNextFreePlaceAndTheReasonIsKept() {
        Long program = given.training(1);
        Long holder = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        Long early = service.enroll("petugas", program, given.inmate(), null).enrollmentId();
        Long late = service.enroll("petugas", program, given.inmate(), null).enrollmentId();

        service.putFirst("kasubsi", late, 0L, "Rekomendasi TPP: bebas bersyarat bulan depan");
        assertThat(status(late)).as("no place is free yet").isEqualTo("WAITLISTED");
        service.withdraw("petugas", holder, 0L, EndReason.OWN_REQUEST);

        assertThat(status(late)).isEqualTo("ACTIVE");
        assertThat(status(early)).isEqualTo("WAITLISTED");
        assertThat(jdbc.queryForObject("select note from enrollment_event where enrollment_id = ? and step = 'PUT_FIRST'",
                String.class, late)).isEqualTo("Rekomendasi TPP: bebas bersyarat bulan depan");
        assertThat(jdbc.queryForObject("select details from audit_event where target_type = 'Enrollment' and target_id = ?"
                + " and details like '%Rekomendasi TPP%'", String.class, late.toString()))
                .contains("Didahulukan dalam daftar tunggu");
    }

    @Test
    void severalAtOnceEnrollExactlyTheChosenAndOnlyWithTheSplitThatWasShown() {
        Long program = given.training(2);
        List<Long> chosen = List.of(given.inmate(), given.inmate(), given.inmate());
        Places.Split shown = service.split(program, chosen);
        assertThat(shown).isEqualTo(new Places.Split(2, 1));
        service.enroll("petugas", program, given.inmate(), null);

        assertThatThrownBy(() -> service.enrollAll("petugas", program, chosen, shown))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("enrollment.bulk.changed");
                    assertThat(v.problems().get(0).args()).containsExactly(1, 2);
                });
        assertThat(count(program, "ACTIVE") + count(program, "WAITLISTED")).isEqualTo(1);

        service.enrollAll("petugas", program, chosen, new Places.Split(1, 2));
        assertThat(jdbc.queryForList("select inmate_id from enrollment where program_id = ? and created_by = 'petugas'",
                Long.class, program)).hasSize(4).containsAll(chosen);
        assertThat(count(program, "ACTIVE")).isEqualTo(2);
    }

    @Test
    void aStaleWithdrawalIsRefusedAndChangesNothing() {
        Long program = given.training(5);
        var enrolled = service.enroll("petugas", program, given.inmate(), null);

        assertThatThrownBy(() -> service.withdraw("petugas", enrolled.enrollmentId(), 7L, EndReason.OTHER))
                .isInstanceOf(StaleRecordException.class);
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
