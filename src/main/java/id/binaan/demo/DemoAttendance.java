package id.binaan.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Participants;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.program.EducationLevel;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Participants for attendance: about ten demo inmates in a BPVP training and in a Disdikbud class, and a
 * short BPVP course that meets every day, so the liaison always has a session today to record. Adds only
 * what is missing.
 */
@Component
@Profile("demo")
@Order(6)
class DemoAttendance implements ApplicationRunner {

    private static final String ACTOR = "system";
    private static final int PER_PROGRAM = 10;

    private final Partners partners;
    private final ProgramSetup setup;
    private final Inmates inmates;
    private final EnrollmentService enrollment;
    private final Participants participants;
    private final Clock clock;

    DemoAttendance(Partners partners, ProgramSetup setup, Inmates inmates, EnrollmentService enrollment,
            Participants participants, Clock clock) {
        this.partners = partners;
        this.setup = setup;
        this.inmates = inmates;
        this.enrollment = enrollment;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long disdik = partners.ensure("Disdikbud Kabupaten Pangkep", PartnerType.DISDIKBUD, null, null, null, null);
        Long barista = setup.ensureRunningTraining(ACTOR, new Basics(bpvp, "Barista Kopi Pangkep", today.minusDays(1),
                today.plusWeeks(3), 15, "Kantin Blok B", "Muh. Arfah", 60), "Barista", null);
        setup.ensureWeeklySessions(ACTOR, barista, EnumSet.allOf(DayOfWeek.class), LocalTime.of(13, 0),
                LocalTime.of(15, 0), 2, "Seduh manual dan espresso", today.plusYears(1));
        Long paketB = setup.ensureRunningClass(ACTOR, new Basics(disdik, "Paket B Kelas 8", today.minusWeeks(8),
                today.plusWeeks(10), 25, "Ruang kelas 2", "Dra. Sitti Rahmah", 200), EducationLevel.PAKET_B, 8,
                "2026/2027", 1);
        List<InmateSummary> candidates = inmates.search("", 100);
        Set<Long> taken = new HashSet<>();
        for (Long program : List.of(barista, paketB)) {
            if (!participants.activeOn(program, today).isEmpty()) {
                continue;
            }
            int enrolled = 0;
            for (InmateSummary inmate : candidates) {
                if (enrolled == PER_PROGRAM) {
                    break;
                }
                if (taken.contains(inmate.id())) {
                    continue;
                }
                if (enrollment.admitsWithoutReason(program, inmate.id())) {
                    enrollment.enroll(ACTOR, program, inmate.id(), null);
                    taken.add(inmate.id());
                    enrolled++;
                }
            }
        }
    }
}
