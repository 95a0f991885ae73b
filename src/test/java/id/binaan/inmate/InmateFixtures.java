package id.binaan.inmate;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, valid inmates for tests that share one database. */
final class InmateFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400_000));

    private InmateFixtures() {
    }

    /** A registration number nobody else uses: register B.I with a year far in the past. */
    static String uniqueNumber(String register) {
        return register + " " + (100_000 + SEQUENCE.incrementAndGet() % 899_999) + "/19" + (10 + SEQUENCE.get() % 89);
    }

    static InmateDetails narapidana(String fullName) {
        return new InmateDetails(uniqueNumber("B.I"), fullName, null, LocalDate.of(1990, 3, 4), Sex.MALE,
                LegalStatus.NARAPIDANA, Education.SD, "Blok Uji", LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10));
    }
}
