package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.binaan.enrollment.Eligibility.BusySlot;
import id.binaan.enrollment.Eligibility.Candidate;
import id.binaan.enrollment.Eligibility.Check;
import id.binaan.enrollment.Eligibility.Offer;
import id.binaan.enrollment.Eligibility.Rule;
import id.binaan.enrollment.Eligibility.Slot;
import id.binaan.enrollment.Eligibility.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTests {

    static final LocalDate END = LocalDate.of(2027, 3, 31);
    static final Slot MONDAY_MORNING = new Slot(LocalDate.of(2027, 1, 4), LocalTime.of(8, 0), LocalTime.of(11, 0));

    static Candidate active(String education) {
        return new Candidate("ACTIVE", education, LocalDate.of(2028, 1, 1));
    }

    static Offer training(String status) {
        return new Offer(status, null, END, List.of(MONDAY_MORNING));
    }

    static Verdict verdict(Check check, Rule rule) {
        return check.rules().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow().verdict();
    }

    @Test
    void anActiveInmateMayJoinAnOpenTraining() {
        Check check = Eligibility.check(active("SMP"), training("OPEN"), false, List.of());

        assertThat(check.rules()).hasSize(6).allMatch(r -> r.verdict() == Verdict.PASS);
        assertThat(check.blocked()).isFalse();
        assertThat(check.warns()).isFalse();
    }

    @Test
    void releasedInmatesCannotBeEnrolled() {
        Check check = Eligibility.check(new Candidate("RELEASED", "SMP", null), training("OPEN"), false, List.of());

        assertThat(verdict(check, Rule.INMATE_ACTIVE)).isEqualTo(Verdict.FAIL);
        assertThat(check.blocked()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, FAIL", "OPEN, PASS", "RUNNING, PASS", "COMPLETED, FAIL", "CANCELLED, FAIL"})
    void onlyOpenOrRunningProgramsTakeParticipants(String status, Verdict expected) {
        assertThat(verdict(Eligibility.check(active("SD"), training(status), false, List.of()), Rule.PROGRAM_OPEN))
                .isEqualTo(expected);
    }

    @Test
    void nobodyIsEnrolledTwiceInTheSameProgram() {
        Check check = Eligibility.check(active("SD"), training("OPEN"), true, List.of());
        assertThat(verdict(check, Rule.NOT_ALREADY_ENROLLED)).isEqualTo(Verdict.FAIL);
        assertThat(check.blocked()).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "NONE, PAKET_A, true", "SD, PAKET_A, false", "PAKET_A, PAKET_A, false",
            "SD, PAKET_B, true", "PAKET_A, PAKET_B, true", "SMP, PAKET_B, false", "NONE, PAKET_B, false",
            "SMP, PAKET_C, true", "PAKET_B, PAKET_C, true", "SMA, PAKET_C, false", "SD, PAKET_C, false",
            "SARJANA, PAKET_C, false"})
    void theEquivalencyLevelMustFitTheEducation(String education, String level, boolean fits) {
        Check check = Eligibility.check(active(education), new Offer("OPEN", level, END, List.of()), false, List.of());
        assertThat(verdict(check, Rule.LEVEL_FITS)).isEqualTo(fits ? Verdict.PASS : Verdict.FAIL);
    }

    @Test
    void aClashWithAnotherActiveProgramBlocksAndNamesIt() {
        Slot clash = new Slot(MONDAY_MORNING.date(), LocalTime.of(10, 0), LocalTime.of(12, 0));
        Check check = Eligibility.check(active("SD"), training("OPEN"), false, List.of(new BusySlot("Tata Boga", clash)));

        assertThat(verdict(check, Rule.NO_OVERLAP)).isEqualTo(Verdict.FAIL);
        assertThat(check.rules().get(4).args()).containsExactly("Tata Boga", MONDAY_MORNING.date());
    }

    @Test
    void sessionsThatOnlyTouchDoNotClash() {
        Slot after = new Slot(MONDAY_MORNING.date(), LocalTime.of(11, 0), LocalTime.of(13, 0));
        Slot otherDay = new Slot(MONDAY_MORNING.date().plusDays(1), LocalTime.of(8, 0), LocalTime.of(11, 0));
        Check check = Eligibility.check(active("SD"), training("OPEN"), false,
                List.of(new BusySlot("A", after), new BusySlot("B", otherDay)));

        assertThat(verdict(check, Rule.NO_OVERLAP)).isEqualTo(Verdict.PASS);
    }

    @Test
    void releaseBeforeTheProgramEndsIsAWarningNotABlock() {
        Check check = Eligibility.check(new Candidate("ACTIVE", "SD", END), training("OPEN"), false, List.of());

        assertThat(verdict(check, Rule.RELEASE_AFTER_END)).isEqualTo(Verdict.WARN);
        assertThat(check.blocked()).isFalse();
        assertThat(check.warns()).isTrue();
    }

    @Test
    void anUnknownReleaseDatePasses() {
        Check check = Eligibility.check(new Candidate("ACTIVE", "SD", null), training("OPEN"), false, List.of());
        assertThat(verdict(check, Rule.RELEASE_AFTER_END)).isEqualTo(Verdict.PASS);
    }
}
