package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.binaan.program.ProgramKind;
import id.binaan.program.ProgramProgress;
import id.binaan.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The enrollment's own transitions and their guards (DESIGN.md rules 1, 3 and 5), without Spring. */
class EnrollmentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant AT = Instant.parse("2026-11-28T01:00:00Z");

    /** A 160 JP training whose sessions are over, with the default threshold of 80 %. */
    static final ProgramProgress OVER = new ProgramProgress(ProgramKind.TRAINING, 160, 160, true, 80);
    /** One session of 4 JP held, of 60. */
    static final ProgramProgress DAY_ONE = new ProgramProgress(ProgramKind.TRAINING, 4, 60, false, 80);

    static Enrollment active() {
        return new Enrollment(1L, 2L, EnrollmentStatus.ACTIVE, AT, TODAY, null, "petugas");
    }

    static Enrollment waitlisted() {
        return new Enrollment(1L, 2L, EnrollmentStatus.WAITLISTED, AT, TODAY, null, "petugas");
    }

    /** Attended {@code attended} of {@code held} JP held while enrolled, {@code excused} of them excused. */
    static AttendanceTotals.Tally tally(int held, int excused, int attended) {
        int expected = held - excused;
        return new AttendanceTotals.Tally(held / 4, attended / 4, held, excused, expected, attended,
                expected == 0 ? null : BigDecimal.valueOf(attended * 1000L / expected, 1));
    }

    static void refused(ThrowingCallable change, String field, String key) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void aWaitlistedEnrollmentIsPromotedToActiveOnce() {
        Enrollment enrollment = waitlisted();
        enrollment.promote(TODAY.plusDays(3));
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        refused(() -> enrollment.promote(TODAY), null, "enrollment.promote.notWaiting");
    }

    @Test
    void puttingSomeoneFirstNeedsAWrittenReasonAndAPlaceOnTheWaitingList() {
        Enrollment enrollment = waitlisted();
        refused(() -> enrollment.putFirst("  ", AT), "reason", "enrollment.promote.reasonRequired");
        refused(() -> active().putFirst("Bebas bulan depan", AT), null, "enrollment.promote.notWaiting");

        enrollment.putFirst(" Bebas sebelum angkatan berikutnya ", AT);
        assertThat(enrollment.getPutFirstReason()).isEqualTo("Bebas sebelum angkatan berikutnya");
        assertThat(enrollment.getStatus()).as("still waiting: the next free place is theirs")
                .isEqualTo(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void withdrawingEndsWithAReasonGivenByHandAndOnlyOnce() {
        Enrollment enrollment = active();
        refused(() -> enrollment.withdraw(null, TODAY), "reason", "enrollment.withdraw.reasonRequired");
        refused(() -> enrollment.withdraw(EndReason.COMPLETED, TODAY), "reason", "enrollment.withdraw.reasonRequired");
        refused(() -> enrollment.withdraw(EndReason.RELEASED, TODAY), "reason", "enrollment.withdraw.reasonRequired");

        enrollment.withdraw(EndReason.HEALTH, TODAY.plusDays(1));
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(enrollment.getEndReason()).isEqualTo(EndReason.HEALTH);
        assertThat(enrollment.getEndedOn()).isEqualTo(TODAY.plusDays(1));
        refused(() -> enrollment.withdraw(EndReason.OTHER, TODAY), null, "enrollment.withdraw.notOpen");
    }

    @Test
    void aReleaseEndsAnOpenEnrollmentWithThatReasonOnThatDate() {
        Enrollment enrollment = waitlisted();
        enrollment.depart(EndReason.RELEASED, TODAY.minusDays(2));
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(enrollment.getEndReason()).isEqualTo(EndReason.RELEASED);
        assertThat(enrollment.getEndedOn()).isEqualTo(TODAY.minusDays(2));
        refused(() -> enrollment.depart(EndReason.TRANSFERRED, TODAY), null, "enrollment.withdraw.notOpen");
    }

    @Test
    void completionWaitsUntilTheProgramsSessionsAreOver() {
        Enrollment enrollment = active();
        refused(() -> enrollment.complete(Outcome.KOMPETEN, null, DAY_ONE, tally(4, 0, 4), TODAY), null,
                "enrollment.complete.notOver");
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void completionNeedsTheThresholdOfTheJpExpected() {
        Enrollment enrollment = active();
        refused(() -> enrollment.complete(Outcome.KOMPETEN, null, OVER, tally(160, 0, 124), TODAY), null,
                "enrollment.complete.thresholdNotReached");
        enrollment.complete(Outcome.KOMPETEN, null, OVER, tally(160, 0, 128), TODAY);
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
    }

    @Test
    void anExcusedAbsenceDoesNotCountAgainstTheParticipant() {
        // 24 of 160 JP missed for court hearings: 108 of the 136 JP expected is 79.4 %, 112 is 82.4 %
        refused(() -> active().complete(Outcome.KOMPETEN, null, OVER, tally(160, 24, 108), TODAY), null,
                "enrollment.complete.thresholdNotReached");
        Enrollment enrollment = active();
        enrollment.complete(Outcome.KOMPETEN, null, OVER, tally(160, 24, 112), TODAY);
        assertThat(enrollment.getOutcome()).isEqualTo(Outcome.KOMPETEN);
        assertThat(tally(160, 24, 112).reaches(80)).isTrue();
        assertThat(tally(160, 0, 112).reaches(80)).as("counted as absences they would not").isFalse();
    }

    @Test
    void theOutcomeMustFitTheProgramAndOnlyAPassHasACertificateNumber() {
        Enrollment training = active();
        refused(() -> training.complete(null, null, OVER, tally(160, 0, 160), TODAY), "outcome",
                "enrollment.complete.outcomeRequired");
        refused(() -> training.complete(Outcome.LULUS, null, OVER, tally(160, 0, 160), TODAY), "outcome",
                "enrollment.complete.outcomeRequired");
        refused(() -> training.complete(Outcome.BELUM_KOMPETEN, "LSP-9", OVER, tally(160, 0, 160), TODAY),
                "certificateNumber", "enrollment.complete.certificateOnlyForPass");

        training.complete(Outcome.KOMPETEN, " 12345/LSP/2026 ", OVER, tally(160, 0, 160), TODAY);
        assertThat(training.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(training.getEndReason()).isEqualTo(EndReason.COMPLETED);
        assertThat(training.getCertificateNumber()).isEqualTo("12345/LSP/2026");

        Enrollment notYet = active();
        notYet.complete(Outcome.BELUM_KOMPETEN, "  ", OVER, tally(160, 0, 160), TODAY);
        assertThat(notYet.getCertificateNumber()).isNull();

        Enrollment pupil = active();
        pupil.complete(Outcome.LULUS, "DN-19/2026", new ProgramProgress(ProgramKind.EQUIVALENCY, 144, 144, true, 80),
                tally(144, 0, 144), TODAY);
        assertThat(pupil.getOutcome()).isEqualTo(Outcome.LULUS);
    }

    @Test
    void onlyAnActiveEnrollmentCompletes() {
        refused(() -> waitlisted().complete(Outcome.KOMPETEN, null, OVER, tally(160, 0, 160), TODAY), null,
                "enrollment.complete.notActive");
    }

    @Test
    void nothingHeldNothingToComplete() {
        assertThat(AttendanceTotals.Tally.NONE.reaches(80)).isFalse();
        assertThat(tally(40, 40, 0).reaches(80)).as("every session excused: nothing expected").isFalse();
    }
}
