package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import id.binaan.TestDatabase;
import id.binaan.facility.FacilityFixtures;
import id.binaan.shared.Scope;

/**
 * The regional and national overviews read their figures from a tally kept by every change in its own transaction.
 * After each step of a facility's day (inmates arriving, enrolling, completing with and without a certificate,
 * leaving, programs starting and ending, two enrollments of one person activated at the same moment, the tally
 * folded) the overview shows exactly what counting the records themselves gives.
 */
@SpringBootTest
class FacilityTallyTests {

    /** The overview's figures counted from the records, as the overview computed them before the tally. */
    private static final String COUNTED = """
            select (select count(*) from inmate where facility_id = :f and status = 'ACTIVE') as population,
                   (select count(distinct e.inmate_id) from enrollment e join inmate i on i.id = e.inmate_id
                     where e.facility_id = :f and e.status = 'ACTIVE' and i.status = 'ACTIVE') as participants,
                   (select count(*) from program where facility_id = :f and status = 'RUNNING') as programs_running,
                   (select count(*) from enrollment where facility_id = :f and status = 'COMPLETED'
                       and ended_on between date_trunc('year', current_date)::date and current_date) as completions,
                   (select count(certificate_number) from enrollment where facility_id = :f and status = 'COMPLETED'
                       and ended_on between date_trunc('year', current_date)::date and current_date) as certificates""";

    @Autowired
    FacilityOverview overview;

    JdbcTemplate owner;
    long facility;
    long partner;

    @BeforeEach
    void aFacilityOfItsOwn() {
        owner = TestDatabase.get().owner();
        facility = FacilityFixtures.newFacility("Lapas Hitung " + UUID.randomUUID().toString().substring(0, 6), "Asia/Makassar");
        partner = owner.queryForObject("insert into partner (name, type, active) values (?, 'BPVP', true) returning id",
                Long.class, "BPVP Hitung " + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void theOverviewShowsWhatTheRecordsSayAfterEveryChange() throws Exception {
        long a = inmate("A");
        long b = inmate("B");
        long c = inmate("C");
        agrees("three arrivals", 3, 0, 0, 0, 0);

        long welding = FacilityFixtures.programIn(facility, partner, "Las " + facility);
        long sewing = FacilityFixtures.programIn(facility, partner, "Jahit " + facility);
        agrees("two programs running", 3, 0, 2, 0, 0);

        long aWelding = enroll(welding, a, "ACTIVE");
        long aSewing = enroll(sewing, a, "ACTIVE");
        long bWelding = enroll(welding, b, "WAITLISTED");
        agrees("A in two programs counts once, B waits", 3, 1, 2, 0, 0);

        owner.update("update enrollment set status = 'ACTIVE', activated_on = current_date where id = ?", bWelding);
        agrees("B admitted from the waiting list", 3, 2, 2, 0, 0);

        complete(aWelding, "SERT/" + aWelding);
        agrees("A completes welding with a certificate, still in sewing", 3, 2, 2, 1, 1);

        owner.update("update inmate set status = 'RELEASED', status_date = current_date, release_type = 'BEBAS_MURNI' where id = ?", a);
        agrees("A released while still enrolled in sewing", 2, 1, 2, 1, 1);
        owner.update("update enrollment set status = 'WITHDRAWN', ended_on = current_date, end_reason = 'RELEASED' where id = ?",
                aSewing);
        agrees("and withdrawn afterwards", 2, 1, 2, 1, 1);

        complete(bWelding, null);
        agrees("B completes without a certificate", 2, 0, 2, 2, 1);

        owner.update("update program set status = 'COMPLETED' where id = ?", welding);
        owner.update("update program set title = title || ' (diubah)' where id = ?", sewing);
        agrees("welding ends; sewing renamed", 2, 0, 1, 2, 1);

        // C is admitted to two programs by two officers at the same moment: one more participant, not two
        long cWelding = enroll(welding, c, "WAITLISTED");
        long cSewing = enroll(sewing, c, "WAITLISTED");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService officers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = officers.invokeAll(List.of(
                    () -> admit(together, cWelding), () -> admit(together, cSewing)));
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(1);
            }
        } finally {
            officers.shutdown();
        }
        agrees("C admitted twice at once", 2, 1, 1, 2, 1);

        owner.update("delete from enrollment where id = ?", cWelding);
        agrees("one of C's enrollments removed", 2, 1, 1, 2, 1);

        Scope.system().run(() -> owner.execute("select binaan_compact_facility_tally()"));
        assertThat(owner.queryForObject("select count(*) from facility_tally where facility_id = ?", Integer.class, facility))
                .as("one row per facility and year after folding").isLessThanOrEqualTo(2);
        agrees("after folding", 2, 1, 1, 2, 1);

        owner.execute("select binaan_recount_facility_tally()");
        agrees("after counting afresh", 2, 1, 1, 2, 1);
    }

    private void agrees(String step, long population, long participants, long running, long completions, long certificates) {
        FacilityOverview.FacilityLine line = Scope.national()
                .call(() -> overview.of(LocalDate.now()).lines().stream().filter(l -> l.facilityId() == facility)
                        .findFirst().orElseThrow());
        List<Long> counted = owner.queryForObject(COUNTED.replace(":f", Long.toString(facility)), (rs, i) -> List.of(
                rs.getLong("population"), rs.getLong("participants"), rs.getLong("programs_running"),
                rs.getLong("completions"), rs.getLong("certificates")));
        List<Long> shown = List.of(line.population(), line.participants(), line.programsRunning(), line.completions(),
                line.certificates());
        assertThat(shown).as(step + ": the overview against the records").isEqualTo(counted);
        assertThat(shown).as(step).containsExactly(population, participants, running, completions, certificates);
    }

    private long inmate(String name) {
        return FacilityFixtures.inmateIn(facility, "B.I " + UUID.randomUUID().toString().substring(0, 8), "Warga " + name);
    }

    private long enroll(long program, long inmate, String status) {
        return owner.queryForObject("""
                insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on, created_by)
                values (?, ?, ?, now(), current_date, case when cast(? as varchar) = 'ACTIVE' then current_date end, 'test')
                returning id""", Long.class, program, inmate, status, status);
    }

    private void complete(long enrollment, String certificate) {
        owner.update("""
                update enrollment set status = 'COMPLETED', ended_on = current_date, end_reason = 'COMPLETED',
                       outcome = case when cast(? as varchar) is null then 'BELUM_KOMPETEN' else 'KOMPETEN' end, certificate_number = ?
                 where id = ?""", certificate, certificate, enrollment);
    }

    private int admit(CyclicBarrier together, long enrollment) throws Exception {
        together.await();
        return owner.update("update enrollment set status = 'ACTIVE', activated_on = current_date where id = ?", enrollment);
    }
}
