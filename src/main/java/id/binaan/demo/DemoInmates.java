package id.binaan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.InmateStatus;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.ReleaseType;
import id.binaan.inmate.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About 150 fictional inmates with a realistic mix, the same on every start (fixed seed); only
 * registration numbers that do not exist yet are added.
 */
@Component
@Profile("demo")
@Order(2)
class DemoInmates implements ApplicationRunner {

    private static final int COUNT = 150;
    private static final List<String> MEN = List.of("Andi", "Muhammad", "Baso", "Ambo", "Syamsul", "Arifin", "Rahmat",
            "Ilham", "Sudirman", "Hasbi", "Nurdin", "Jufri", "Awaluddin", "Haeruddin", "Rusdi", "Sappe", "Lallo");
    private static final List<String> WOMEN = List.of("Sitti", "Nurhayati", "Hasnah", "Rosmini", "Indo", "Jumriah",
            "Marlina", "Wahyuni");
    private static final List<String> MIDDLE = List.of("Tenri", "Mappa", "Upe", "Caco", "Sikki", "Taiye", "Beddu",
            "Rewa", "Lolo", "Massa");
    private static final List<String> LAST = List.of("Daeng Ngalle", "Daeng Tompo", "Daeng Sitaba", "Mallarangeng",
            "Pabbicara", "Syamsuddin", "Rasyid", "Hamzah", "Saputra", "Tahir", "Daeng Rurung", "Bin Lahuddin");
    private static final List<String> BLOCKS = List.of("Blok A", "Blok B", "Blok C", "Blok D");
    private static final Education[] EDUCATION = {Education.NONE, Education.SD, Education.SD, Education.SD,
            Education.SMP, Education.SMP, Education.SMA, Education.PAKET_A, Education.PAKET_B, Education.PAKET_C};

    private final Inmates inmates;
    private final Clock clock;

    DemoInmates(Inmates inmates, Clock clock) {
        this.inmates = inmates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Random random = new Random(20261128L);
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= COUNT; i++) {
            boolean woman = i % 12 == 0;
            boolean tahanan = random.nextInt(10) < 3;
            LocalDate admitted = today.minusDays(20 + random.nextInt(900));
            LocalDate release = tahanan ? null : today.plusDays(30 + random.nextInt(1800));
            String last = pick(LAST, random);
            // a daughter is "binti", a son "bin"
            String name = (woman ? pick(WOMEN, random) : pick(MEN, random)) + " " + pick(MIDDLE, random) + " "
                    + (woman ? last.replace("Bin ", "Binti ") : last);
            String number = (tahanan ? "A." + (random.nextBoolean() ? "I" : "II") : "B.I") + " " + i + "/"
                    + admitted.getYear();
            String nik = random.nextInt(4) == 0 ? null : "731001" + String.format("%010d", random.nextInt(1_000_000_000));
            InmateDetails details = new InmateDetails(number, name, nik, today.minusYears(19 + random.nextInt(40))
                    .minusDays(random.nextInt(365)), woman ? Sex.FEMALE : Sex.MALE,
                    tahanan ? LegalStatus.TAHANAN : LegalStatus.NARAPIDANA, EDUCATION[random.nextInt(EDUCATION.length)],
                    woman ? "Blok Wanita" : pick(BLOCKS, random), admitted, release);
            Long id = inmates.ensure("system", details);
            if (i % 37 == 0 && inmates.find(id).map(s -> s.status() == InmateStatus.ACTIVE).orElse(false)) {
                inmates.release("system", id, today.minusDays(3), ReleaseType.PEMBEBASAN_BERSYARAT);
            } else if (i % 41 == 0 && inmates.find(id).map(s -> s.status() == InmateStatus.ACTIVE).orElse(false)) {
                inmates.transfer("system", id, today.minusDays(5), "Lapas Kelas I Makassar");
            }
        }
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
