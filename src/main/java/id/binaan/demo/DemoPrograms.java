package id.binaan.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two trainings with BPVP Pangkep and two classes with Disdikbud and the PKBM, each running around today
 * so that some sessions are past and some upcoming, and one session of each cancelled.
 */
@Component
@Profile("demo")
@Order(4)
class DemoPrograms implements ApplicationRunner {

    private static final String ACTOR = "system";

    private final Partners partners;
    private final ProgramSetup setup;
    private final Clock clock;

    DemoPrograms(Partners partners, ProgramSetup setup, Clock clock) {
        this.partners = partners;
        this.setup = setup;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long disdik = partners.ensure("Disdikbud Kabupaten Pangkep", PartnerType.DISDIKBUD, null, null, null, null);
        Long pkbm = partners.ensure("PKBM Tunas Harapan", PartnerType.PKBM, null, null, null, null);

        Long injection = setup.ensureRunningTraining(ACTOR, new Basics(bpvp, "Servis Sepeda Motor Injeksi",
                today.minusWeeks(6), today.plusWeeks(8), 16, "Bengkel kerja Blok C", "Syamsul Bahri, S.Pd.", 160),
                "Servis sepeda motor injeksi", "Skema Servis Sepeda Motor Injeksi (LSP Otomotif)");
        setup.ensureWeeklySessions(ACTOR, injection, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0), LocalTime.of(12, 0), 4, "Praktik servis sistem injeksi", today.plusDays(2));

        Long culinary = setup.ensureRunningTraining(ACTOR, new Basics(bpvp, "Tata Boga: Kue dan Roti",
                today.minusWeeks(3), today.plusWeeks(7), 12, "Dapur pelatihan", "Hj. Andi Nurlela", 120),
                "Tata boga", null);
        setup.ensureWeeklySessions(ACTOR, culinary, Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(12, 0), 4, "Praktik olahan kue dan roti", today.plusDays(5));

        Long paketB = setup.ensureRunningClass(ACTOR, new Basics(disdik, "Paket B Kelas 8",
                today.minusWeeks(8), today.plusWeeks(10), 25, "Ruang belajar Blok A", "Rahmawati, S.Pd.", 144),
                EducationLevel.PAKET_B, 8, "2026/2027", 1);
        setup.ensureWeeklySessions(ACTOR, paketB, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(13, 0), LocalTime.of(15, 0), 3, "Matematika dan Bahasa Indonesia", today.plusDays(7));

        Long paketC = setup.ensureRunningClass(ACTOR, new Basics(pkbm, "Paket C Kelas 11",
                today.minusWeeks(8), today.plusWeeks(10), 25, "Ruang belajar Blok B", "Muhammad Ilham Saputra", 144),
                EducationLevel.PAKET_C, 11, "2026/2027", 1);
        setup.ensureWeeklySessions(ACTOR, paketC, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(13, 0), LocalTime.of(15, 0), 3, "IPA dan Bahasa Inggris", today.plusDays(4));
    }
}
