package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.binaan.report.DashboardFigures.MonthRate;
import id.binaan.report.DashboardFigures.Rate;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/**
 * Many staff opening the dashboard at once cost the database one computation of the twelve months, and a
 * computation that ran out of time is not started again by each of them.
 */
class RecentParticipationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** Counts the computations; each takes a while, or fails when told to. */
    static final class Queries extends DashboardQueries {
        int computed;
        volatile boolean fail;

        Queries() {
            super(null, null);
        }

        @Override
        public List<MonthRate> months(LocalDate today) {
            computed++;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new QueryTimeoutException("canceling statement due to statement timeout");
            }
            return List.of(new MonthRate(today.withDayOfMonth(1), new Rate(100, computed)));
        }
    }

    @Test
    void eightStaffOpeningTheDashboardTogetherCostOneComputation() throws Exception {
        Queries queries = new Queries();
        RecentParticipation participation = new RecentParticipation(queries);
        ExecutorService staff = Executors.newFixedThreadPool(8);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<List<MonthRate>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(staff.submit(() -> {
                together.await();
                return participation.months(TODAY);
            }));
        }
        together.countDown();
        for (Future<List<MonthRate>> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).get(0).rate().participants()).isEqualTo(1);
        }
        staff.shutdown();
        assertThat(queries.computed).isEqualTo(1);
        assertThat(participation.months(TODAY).get(0).rate().participants()).isEqualTo(1);
        assertThat(participation.months(TODAY.plusDays(1))).as("a new day is computed anew")
                .extracting(m -> m.rate().participants()).containsExactly(2L);
    }

    @Test
    void aComputationThatRanOutOfTimeIsNotStartedAgainByEveryoneWaiting() {
        Queries queries = new Queries();
        RecentParticipation participation = new RecentParticipation(queries);
        queries.fail = true;
        assertThatThrownBy(() -> participation.months(TODAY)).isInstanceOf(QueryTimeoutException.class);
        assertThatThrownBy(() -> participation.months(TODAY)).isInstanceOf(QueryTimeoutException.class);
        assertThat(queries.computed).isEqualTo(1);
    }
}
