package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;
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

/** Uniquely named inmates, partners and running programs for report tests, made through public APIs. */
final class ReportFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final Inmates inmates;
    private final ProgramSetup programs;
    private final Partners partners;
    private final LocalDate today;

    ReportFixtures(Inmates inmates, ProgramSetup programs, Partners partners, Clock clock) {
        this.inmates = inmates;
        this.programs = programs;
        this.partners = partners;
        this.today = LocalDate.now(clock);
    }

    LocalDate today() {
        return today;
    }

    int next() {
        return SEQUENCE.incrementAndGet();
    }

    Long inmate(String name, LocalDate expectedRelease) {
        return inmate(name, expectedRelease, Education.SMP);
    }

    /** Someone with only primary school, so eligible for a Paket B class. */
    Long pupil(String name) {
        return inmate(name, today.plusYears(3), Education.SD);
    }

    Long inmate(String name, LocalDate expectedRelease, Education education) {
        int n = next();
        return inmates.ensure("test", new InmateDetails("B.I " + n + "/2024", name, null, LocalDate.of(1990, 5, 17),
                Sex.MALE, LegalStatus.NARAPIDANA, education, "Blok R", LocalDate.of(2024, 3, 1), expectedRelease));
    }

    Long inmate(String name) {
        return inmate(name, today.plusYears(3));
    }

    Long partner() {
        return partners.ensure("Mitra Laporan " + next(), PartnerType.OTHER, null, null, null, null);
    }

    Long training(Long partner, String title) {
        return programs.ensureRunningTraining("test", basics(partner, title), "Pengelasan", null);
    }

    Long equivalencyClass(Long partner, String title) {
        return programs.ensureRunningClass("test", basics(partner, title), EducationLevel.PAKET_B, 8, "2026/2027", 1);
    }

    private Basics basics(Long partner, String title) {
        return new Basics(partner, title, today.minusDays(14), today.plusDays(90), 30, "Aula", "Instruktur Uji", 160);
    }
}
