package id.binaan.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.binaan.facility.Facilities;
import id.binaan.facility.FacilityAdministration;
import id.binaan.facility.FacilityType;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.AgreementScope;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;
import id.binaan.shared.Scope;

/**
 * The demo's second facility (DESIGN.md, demo data): Lapas Kelas IIA Makassar in the same region, smaller, sharing
 * the BPVP with Pangkep, with a running training of its own; and one person transferred from Pangkep to Makassar,
 * whose learning record Makassar reads.
 */
@Component
@Profile("demo")
@Order(50)
class DemoFacilities implements ApplicationRunner {

    private static final String ACTOR = "system";
    static final String CODE = "LAPAS-MAKASSAR";

    private final Facilities facilities;
    private final FacilityAdministration administration;
    private final Inmates inmates;
    private final Partners partners;
    private final ProgramSetup setup;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    DemoFacilities(Facilities facilities, FacilityAdministration administration, Inmates inmates, Partners partners,
            ProgramSetup setup, JdbcTemplate jdbc, java.time.Clock clock) {
        this.facilities = facilities;
        this.administration = administration;
        this.inmates = inmates;
        this.partners = partners;
        this.setup = setup;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Facilities.FacilityInfo pangkep = facilities.first();
        Long makassar = administration.ensure(ACTOR, CODE, "Lapas Kelas IIA Makassar", FacilityType.LAPAS,
                pangkep.regionId(), "Asia/Makassar", "Drs. Muhammad Yusuf Tahir, M.Si.", "197106121996031001");
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Scope.facility(makassar).run(() -> makassar(bpvp));
        transferOne(pangkep.id(), makassar);
    }

    private void makassar(Long bpvp) {
        LocalDate today = LocalDate.now(clock);
        partners.ensureAgreement(bpvp, "PKS.W23.PAS.2-12/2026", "Pelatihan vokasi warga binaan Lapas Makassar",
                AgreementScope.TRAINING, today.minusMonths(5), today.minusMonths(5), today.plusMonths(19));
        List<String[]> people = List.of(
                new String[] {"B.I 201/2026", "Andi Baso Mappaseng", "Blok A"},
                new String[] {"B.I 202/2026", "Rudi Hartono Lewa", "Blok A"},
                new String[] {"B.I 203/2026", "Syahrul Ramadhan", "Blok B"},
                new String[] {"B.I 204/2026", "Muhammad Fadli Amir", "Blok B"},
                new String[] {"B.I 205/2026", "Irwan Saputra Daeng Nai", "Blok C"},
                new String[] {"B.I 206/2026", "Hendra Gunawan Bakri", "Blok C"});
        int i = 0;
        for (String[] p : people) {
            inmates.ensure(ACTOR, new InmateDetails(p[0], p[1], null, LocalDate.of(1985 + i, 3 + i, 10 + i), Sex.MALE,
                    LegalStatus.NARAPIDANA, i % 2 == 0 ? Education.SMP : Education.SMA, p[2], today.minusMonths(8 + i),
                    today.plusMonths(14 + i)));
            i++;
        }
        Long welding = setup.ensureRunningTraining(ACTOR, new Basics(bpvp, "Las Listrik SMAW (Lapas Makassar)",
                today.minusWeeks(4), today.plusWeeks(8), 12, "Bengkel las Lapas Makassar", "Baharuddin, S.T.", 120),
                "Pengelasan", "Skema Juru Las SMAW (LSP Logam)");
        setup.ensureWeeklySessions(ACTOR, welding, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), 3, "Praktik pengelasan", today.plusDays(3));
    }

    /** One person moves from Pangkep to Makassar, with whatever Pangkep recorded of their learning. */
    private void transferOne(Long pangkep, Long makassar) {
        Long moved = Scope.system().call(() -> jdbc.queryForObject("select count(*) from inmate_transfer", Long.class));
        if (moved != null && moved > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // someone who completed a program and is in none now: the running programs keep their participants
        List<Long> candidates = Scope.facility(pangkep).call(() -> jdbc.queryForList("""
                select i.id from inmate i
                 where i.status = 'ACTIVE' and i.admission_date <= ?
                   and exists (select 1 from enrollment e where e.inmate_id = i.id and e.status = 'COMPLETED')
                   and not exists (select 1 from enrollment e where e.inmate_id = i.id
                                    and e.status in ('ACTIVE', 'WAITLISTED'))
                 order by (select count(*) from enrollment e where e.inmate_id = i.id and e.status = 'COMPLETED') desc,
                          i.id
                 limit 1""", Long.class, today.minusDays(14)));
        if (candidates.isEmpty()) {
            return;
        }
        Long who = candidates.get(0);
        LocalDate on = today.minusDays(14);
        Scope.facility(pangkep).run(() -> inmates.transfer(ACTOR, who, on, makassar, null));
        Scope.facility(makassar).run(() -> inmates.arrivals().stream().findFirst().ifPresent(arrival ->
                inmates.receive(ACTOR, arrival.transferId(), "B.I 207/2026", "Blok A", on,
                        arrival.expectedReleaseDate() == null ? today.plusMonths(10) : arrival.expectedReleaseDate())));
    }
}
