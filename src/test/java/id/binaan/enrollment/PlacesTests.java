package id.binaan.enrollment;

import static id.binaan.enrollment.EnrollmentTests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.binaan.shared.VersionedEntity;
import org.junit.jupiter.api.Test;

/** A program's places (DESIGN.md rule 1): capacity holds, the queue moves up first come first served. */
class PlacesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");

    private long ids = 100;

    /** A waiting enrollment that arrived {@code minutes} after nine. */
    Enrollment waiting(int minutes) {
        Enrollment enrollment = new Enrollment(1L, ids, EnrollmentStatus.WAITLISTED, NINE.plusSeconds(60L * minutes),
                TODAY, null, "petugas");
        try {
            Field id = VersionedEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(enrollment, ids++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return enrollment;
    }

    @Test
    void newcomersAreActiveWhilePlacesAreFreeAndWaitAfterThat() {
        Places places = new Places(2, 1, List.of());
        assertThat(places.split(3)).isEqualTo(new Places.Split(1, 2));
        assertThat(places.admit()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(places.admit()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(places.split(3)).isEqualTo(new Places.Split(0, 3));
    }

    @Test
    void freePlacesGoToTheFirstInTheQueueAndNoMore() {
        Enrollment third = waiting(30);
        Enrollment first = waiting(10);
        Enrollment second = waiting(20);
        Places places = new Places(6, 4, List.of(third, first, second));

        List<Enrollment> promoted = places.fill(TODAY);

        assertThat(promoted).containsExactly(first, second);
        assertThat(first.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(third.getStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(places.positionOf(third)).isEqualTo(1);
        assertThat(places.admit()).as("capacity reached").isEqualTo(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void someonePutFirstTakesTheNextPlaceAheadOfTheQueue() {
        Enrollment early = waiting(10);
        Enrollment late = waiting(50);
        Enrollment later = waiting(55);
        later.putFirst("Bebas bersyarat bulan depan", NINE.plusSeconds(7200));
        late.putFirst("Rekomendasi TPP", NINE.plusSeconds(3600));
        Places places = new Places(1, 0, new ArrayList<>(List.of(early, late, later)));

        assertThat(places.positionOf(late)).isEqualTo(1);
        assertThat(places.positionOf(later)).isEqualTo(2);
        assertThat(places.positionOf(early)).isEqualTo(3);
        assertThat(places.fill(TODAY)).containsExactly(late);
    }

    @Test
    void aCapacityBelowThePlacesTakenIsRefused() {
        refused(() -> Places.requireCapacity(3, 4), "capacity", "program.error.belowTaken");
        Places.requireCapacity(4, 4);
    }

    @Test
    void aBulkEnrollmentCommitsOnlyTheSplitThatWasShown() {
        refused(() -> Places.requireShown(new Places.Split(1, 3), new Places.Split(2, 2)), null,
                "enrollment.bulk.changed");
        Places.requireShown(new Places.Split(2, 2), new Places.Split(2, 2));
    }
}
