package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EnrollmentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static Enrollment active() {
        return Enrollment.active(1L, 2L, Instant.parse("2026-11-28T01:00:00Z"), TODAY, null, "petugas");
    }

    static Enrollment waitlisted() {
        return Enrollment.waitlisted(1L, 2L, Instant.parse("2026-11-28T01:00:00Z"), TODAY, null, "petugas");
    }

    @Test
    void aWaitlistedEnrollmentIsPromotedToActive() {
        Enrollment enrollment = waitlisted();
        enrollment.promote(TODAY.plusDays(3));
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void onlyWaitlistedEnrollmentsArePromoted() {
        assertThatThrownBy(() -> active().promote(TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingEndsWithTheReasonAndDate() {
        Enrollment enrollment = active();
        enrollment.withdraw(EndReason.HEALTH, TODAY.plusDays(1));

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(enrollment.getEndReason()).isEqualTo(EndReason.HEALTH);
        assertThat(enrollment.getEndedOn()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void anEndedEnrollmentCannotBeWithdrawnAgain() {
        Enrollment enrollment = active();
        enrollment.withdraw(EndReason.OWN_REQUEST, TODAY);
        assertThatThrownBy(() -> enrollment.withdraw(EndReason.OTHER, TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completionNeedsTheThreshold() {
        Enrollment enrollment = active();
        assertThatThrownBy(() -> enrollment.complete(Outcome.KOMPETEN, "LSP-1", true, false, TODAY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void completionRecordsAnOutcomeThatFitsTheProgram() {
        Enrollment training = active();
        assertThatThrownBy(() -> training.complete(Outcome.LULUS, null, true, true, TODAY))
                .isInstanceOf(IllegalStateException.class);

        training.complete(Outcome.KOMPETEN, " 12345/LSP/2026 ", true, true, TODAY);
        assertThat(training.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(training.getEndReason()).isEqualTo(EndReason.COMPLETED);
        assertThat(training.getCertificateNumber()).isEqualTo("12345/LSP/2026");

        Enrollment equivalency = active();
        equivalency.complete(Outcome.LULUS, "DN-19/2026", false, true, TODAY);
        assertThat(equivalency.getOutcome()).isEqualTo(Outcome.LULUS);
    }

    @Test
    void aWaitlistedEnrollmentCannotComplete() {
        assertThatThrownBy(() -> waitlisted().complete(Outcome.KOMPETEN, null, true, true, TODAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theThresholdIsAShareOfTheJpHeld() {
        assertThat(new AttendanceTotals.Tally(10, 8, 40, 32).reaches(80)).isTrue();
        assertThat(new AttendanceTotals.Tally(10, 8, 40, 31).reaches(80)).isFalse();
        assertThat(AttendanceTotals.Tally.NONE.reaches(80)).as("nothing held, nothing to complete").isFalse();
    }
}
