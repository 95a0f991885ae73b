package id.binaan.enrollment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;

/** Inmates and running programs for enrollment tests, each uniquely named. */
final class EnrollmentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final Inmates inmates;
    private final ProgramSetup programs;
    private final Partners partners;
    private final LocalDate today;

    EnrollmentFixtures(Inmates inmates, ProgramSetup programs, Partners partners, Clock clock) {
        this.inmates = inmates;
        this.programs = programs;
        this.partners = partners;
        this.today = LocalDate.now(clock);
    }

    LocalDate today() {
        return today;
    }

    Long inmate(Education education, LocalDate expectedRelease) {
        int n = SEQUENCE.incrementAndGet();
        return inmates.ensure("test", new InmateDetails("B.I " + n + "/2025", "Peserta Uji " + n, null,
                LocalDate.of(1990, 5, 17), Sex.MALE, LegalStatus.NARAPIDANA, education, "Blok A",
                LocalDate.of(2025, 3, 1), expectedRelease));
    }

    Long inmate() {
        return inmate(Education.SMP, today.plusYears(3));
    }

    /** A running training with {@code capacity} places and a session every Monday of its term. */
    Long training(int capacity) {
        Long id = programs.ensureRunningTraining("test", basics("Pelatihan Uji " + SEQUENCE.incrementAndGet(), capacity),
                "Pengelasan", null);
        programs.ensureWeeklySessions("test", id, Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(11, 0), 4,
                "Praktik", today.plusYears(5));
        return id;
    }

    Long equivalencyClass(EducationLevel level) {
        return programs.ensureRunningClass("test", basics("Kelas Uji " + SEQUENCE.incrementAndGet(), 30), level, 8,
                "2026/2027", 1);
    }

    private Basics basics(String title, int capacity) {
        Long partner = partners.ensure("Mitra Uji Peserta", PartnerType.OTHER, null, null, null, null);
        return new Basics(partner, title, today.minusDays(14), today.plusDays(90), capacity, "Aula", "Instruktur Uji", 160);
    }
}
