package id.binaan.enrollment;

import static id.binaan.enrollment.EnrollmentTests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.binaan.enrollment.Eligibility.BusySlot;
import id.binaan.enrollment.Eligibility.Candidate;
import id.binaan.enrollment.Eligibility.Check;
import id.binaan.enrollment.Eligibility.Offer;
import id.binaan.enrollment.Eligibility.Rule;
import id.binaan.enrollment.Eligibility.Slot;
import id.binaan.enrollment.Eligibility.Verdict;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateStatus;
import id.binaan.inmate.Sex;
import id.binaan.program.Audience;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md rule 2 over enums, without Spring: each rule's verdict, and the guard enrolling obeys. */
class EligibilityTests {

    static final LocalDate END = LocalDate.of(2027, 3, 31);
    static final Slot MONDAY_MORNING = new Slot(LocalDate.of(2027, 1, 4), LocalTime.of(8, 0), LocalTime.of(11, 0));

    static Candidate active(Education education) {
        return new Candidate(InmateStatus.ACTIVE, education, Sex.MALE, LocalDate.of(2028, 1, 1));
    }

    static Offer training(ProgramStatus status) {
        return new Offer(status, null, Audience.ALL, END, List.of(MONDAY_MORNING));
    }

    static Verdict verdict(Check check, Rule rule) {
        return check.verdictOf(rule);
    }

    @Test
    void anActiveInmateMayJoinAnOpenTraining() {
        Check check = Eligibility.check(active(Education.SMP), training(ProgramStatus.OPEN), false, List.of());

        assertThat(check.rules()).hasSize(7).allMatch(r -> r.verdict() == Verdict.PASS);
        assertThat(check.blocked()).isFalse();
        assertThat(check.warns()).isFalse();
        assertThat(check.requireAdmitted("  ")).as("no warning, no reason kept").isNull();
    }

    @Test
    void releasedInmatesCannotBeEnrolled() {
        Check check = Eligibility.check(new Candidate(InmateStatus.RELEASED, Education.SMP, Sex.MALE, null),
                training(ProgramStatus.OPEN), false, List.of());

        assertThat(verdict(check, Rule.INMATE_ACTIVE)).isEqualTo(Verdict.FAIL);
        refused(() -> check.requireAdmitted("Disetujui kepala rutan"), null, "enrollment.refused.blocked");
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, FAIL", "OPEN, PASS", "RUNNING, PASS", "COMPLETED, FAIL", "CANCELLED, FAIL"})
    void onlyOpenOrRunningProgramsTakeParticipants(ProgramStatus status, Verdict expected) {
        assertThat(verdict(Eligibility.check(active(Education.SD), training(status), false, List.of()), Rule.PROGRAM_OPEN))
                .isEqualTo(expected);
    }

    @Test
    void nobodyIsEnrolledTwiceInTheSameProgram() {
        Check check = Eligibility.check(active(Education.SD), training(ProgramStatus.OPEN), true, List.of());
        assertThat(verdict(check, Rule.NOT_ALREADY_ENROLLED)).isEqualTo(Verdict.FAIL);
        assertThat(check.blocked()).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "NONE, PAKET_A, true", "SD, PAKET_A, false", "PAKET_A, PAKET_A, false",
            "SD, PAKET_B, true", "PAKET_A, PAKET_B, true", "SMP, PAKET_B, false", "NONE, PAKET_B, false",
            "SMP, PAKET_C, true", "PAKET_B, PAKET_C, true", "SMA, PAKET_C, false", "SD, PAKET_C, false",
            "PAKET_C, PAKET_C, false", "SARJANA, PAKET_C, false", "DIPLOMA, PAKET_B, false"})
    void theEquivalencyLevelSaysWhichEducationItAdmits(Education education, EducationLevel level, boolean fits) {
        assertThat(level.admits(education)).isEqualTo(fits);
        Check check = Eligibility.check(active(education), new Offer(ProgramStatus.OPEN, level, Audience.ALL, END,
                List.of()), false, List.of());
        assertThat(verdict(check, Rule.LEVEL_FITS)).isEqualTo(fits ? Verdict.PASS : Verdict.FAIL);
        assertThat(check.rules().get(3).args()).containsExactly(education, level);
    }

    @Test
    void aClashWithAnotherActiveProgramBlocksAndNamesIt() {
        Slot clash = new Slot(MONDAY_MORNING.date(), LocalTime.of(10, 0), LocalTime.of(12, 0));
        Check check = Eligibility.check(active(Education.SD), training(ProgramStatus.OPEN), false,
                List.of(new BusySlot("Tata Boga", clash)));

        assertThat(verdict(check, Rule.NO_OVERLAP)).isEqualTo(Verdict.FAIL);
        assertThat(check.rules().get(4).args()).containsExactly("Tata Boga", MONDAY_MORNING.date());
    }

    @Test
    void sessionsThatOnlyTouchDoNotClash() {
        Slot after = new Slot(MONDAY_MORNING.date(), LocalTime.of(11, 0), LocalTime.of(13, 0));
        Slot otherDay = new Slot(MONDAY_MORNING.date().plusDays(1), LocalTime.of(8, 0), LocalTime.of(11, 0));
        Check check = Eligibility.check(active(Education.SD), training(ProgramStatus.OPEN), false,
                List.of(new BusySlot("A", after), new BusySlot("B", otherDay)));

        assertThat(verdict(check, Rule.NO_OVERLAP)).isEqualTo(Verdict.PASS);
    }

    @Test
    void aProgramForWomenWarnsForAManAndNeedsAWrittenReason() {
        Offer women = new Offer(ProgramStatus.OPEN, null, Audience.FEMALE, END, List.of());
        Check check = Eligibility.check(active(Education.SMP), women, false, List.of());

        assertThat(verdict(check, Rule.AUDIENCE)).isEqualTo(Verdict.WARN);
        assertThat(check.blocked()).isFalse();
        refused(() -> check.requireAdmitted(" "), "overrideReason", "enrollment.override.required");
        assertThat(check.requireAdmitted(" Kelas tata rias terbuka untuk semua atas izin Kalapas "))
                .isEqualTo("Kelas tata rias terbuka untuk semua atas izin Kalapas");
        assertThat(Audience.ALL.admits(Sex.FEMALE)).isTrue();
        assertThat(Audience.MALE.admits(Sex.FEMALE)).isFalse();
    }

    @Test
    void releaseBeforeTheProgramEndsIsAWarningNotABlock() {
        Check check = Eligibility.check(new Candidate(InmateStatus.ACTIVE, Education.SD, Sex.MALE, END),
                training(ProgramStatus.OPEN), false, List.of());

        assertThat(verdict(check, Rule.RELEASE_AFTER_END)).isEqualTo(Verdict.WARN);
        assertThat(check.blocked()).isFalse();
        assertThat(check.warns()).isTrue();
        refused(() -> check.requireAdmitted(null), "overrideReason", "enrollment.override.required");
    }

    @Test
    void anUnknownReleaseDatePasses() {
        Check check = Eligibility.check(new Candidate(InmateStatus.ACTIVE, Education.SD, Sex.MALE, null),
                training(ProgramStatus.OPEN), false, List.of());
        assertThat(verdict(check, Rule.RELEASE_AFTER_END)).isEqualTo(Verdict.PASS);
    }

    @Test
    void aProgramThatFitsIsOneWhoseLevelAndAudienceAdmitTheInmate() {
        Candidate smpGraduate = active(Education.SMP);
        assertThat(Eligibility.suits(smpGraduate, new Offer(ProgramStatus.OPEN, EducationLevel.PAKET_C, Audience.ALL,
                END, List.of()))).isTrue();
        assertThat(Eligibility.suits(smpGraduate, new Offer(ProgramStatus.OPEN, EducationLevel.PAKET_B, Audience.ALL,
                END, List.of()))).isFalse();
        assertThat(Eligibility.suits(smpGraduate, new Offer(ProgramStatus.PLANNED, EducationLevel.PAKET_C,
                Audience.ALL, END, List.of()))).as("not taking participants").isFalse();
    }

    @Test
    void severalAtOnceAreRefusedByNameWhenOneOfThemNeedsAReason() {
        Map<String, Check> chosen = new LinkedHashMap<>();
        chosen.put("Andi (B.I 1/2026)", Eligibility.check(active(Education.SMP), training(ProgramStatus.OPEN), false,
                List.of()));
        chosen.put("Baso (B.I 2/2026)", Eligibility.check(new Candidate(InmateStatus.ACTIVE, Education.SD, Sex.MALE,
                END), training(ProgramStatus.OPEN), false, List.of()));
        refused(() -> Eligibility.requireAllAdmitted(chosen), null, "enrollment.bulk.notEligible");
        try {
            Eligibility.requireAllAdmitted(chosen);
        } catch (id.binaan.shared.RuleViolation v) {
            assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.args()).containsExactly("Baso (B.I 2/2026)"));
        }
    }
}
