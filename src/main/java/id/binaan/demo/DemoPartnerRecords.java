package id.binaan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.binaan.partner.AgreementScope;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo agreements and coordination meetings for the three demo partners; one agreement ends within
 * the 60-day warning window. Dates are relative to the day the demo is first seeded; only adds what is missing.
 */
@Component
@Profile("demo")
@Order(3)
class DemoPartnerRecords implements ApplicationRunner {

    private final Partners partners;
    private final Clock clock;

    DemoPartnerRecords(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long disdik = partners.ensure("Disdikbud Kabupaten Pangkep", PartnerType.DISDIKBUD, null, null, null, null);
        Long pkbm = partners.ensure("PKBM Tunas Harapan", PartnerType.PKBM, null, null, null, null);

        partners.ensureAgreement(bpvp, "PKS.01/BPVP-PKP/I/2026", "Pelatihan berbasis kompetensi bagi warga binaan",
                AgreementScope.TRAINING, today.minusMonths(10).minusDays(5), today.minusMonths(10), today.plusDays(30));
        partners.ensureAgreement(disdik, "MoU.421/DISDIKBUD-PKP/2025", "Penyelenggaraan pendidikan kesetaraan Paket A, B dan C",
                AgreementScope.EDUCATION, today.minusMonths(14), today.minusMonths(14).plusDays(7), today.plusYears(2));
        partners.ensureAgreement(pkbm, "PKS.07/PKBM-TH/2026", "Tutor pendidikan kesetaraan di rutan",
                AgreementScope.EDUCATION, today.minusMonths(3), today.minusMonths(3), today.plusMonths(9));

        partners.ensureMeeting(bpvp, today.minusDays(21), "Aula Rutan Pangkep",
                "Kepala Subseksi Pembinaan, Petugas Pembinaan, Koordinator BPVP Pangkep",
                "Membahas jadwal pelatihan las dan tata boga triwulan depan serta perpanjangan PKS yang segera berakhir.",
                List.of(Map.entry("Menyiapkan draf perpanjangan PKS", today.minusDays(3)),
                        Map.entry("Mengirim daftar calon peserta pelatihan las", today.plusDays(10))));
        partners.ensureMeeting(disdik, today.minusDays(7), "Kantor Disdikbud Kabupaten Pangkep",
                "Petugas Pembinaan, Koordinator Disdikbud Pangkep, Tutor PKBM Tunas Harapan",
                "Menyepakati jadwal ujian Paket B dan C serta kebutuhan modul belajar.",
                List.of(Map.entry("Mengumpulkan fotokopi ijazah terakhir calon peserta Paket C", today.plusDays(14))));
    }
}
