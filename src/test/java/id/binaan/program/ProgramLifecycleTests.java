package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import id.binaan.partner.PartnerType;
import id.binaan.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A program's details and lifecycle, and their guards, without Spring. */
class ProgramLifecycleTests {

    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final LocalDate END = LocalDate.of(2027, 2, 26);

    static Program.Details details(LocalDate start, LocalDate end, String vocation) {
        return new Program.Details(1L, "Las listrik", start, end, 16, null, null, 160, Audience.ALL, 80, vocation, null,
                null, null, null, null);
    }

    static Program training() {
        Program program = new Program(ProgramKind.TRAINING);
        program.define(details(START, END, "Las"), PartnerType.BPVP);
        return program;
    }

    static void refused(ThrowingCallable change, String key) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo(key)));
    }

    @Test
    void aNewProgramIsPlannedAndNeedsEightyPercentByDefault() {
        Program program = training();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.PLANNED);
        assertThat(program.getCompletionThresholdPercent()).isEqualTo(80);
        assertThat(program.getAudience()).isEqualTo(Audience.ALL);
        assertThat(program.allowedActions()).containsExactlyInAnyOrder(ProgramAction.OPEN, ProgramAction.CANCEL);
    }

    @Test
    void theDetailsAreRefusedOutOfOrderOrWithAPartnerThatDoesNotRunThisKind() {
        Program program = new Program(ProgramKind.TRAINING);
        refused(() -> program.define(details(END, START, "Las"), PartnerType.BPVP), "program.error.endBeforeStart");
        refused(() -> program.define(details(START, END, "Las"), PartnerType.PKBM), "program.error.trainingPartner");
        refused(() -> program.define(details(START, END, " "), PartnerType.BPVP), "program.error.vocation");
        Program equivalency = new Program(ProgramKind.EQUIVALENCY);
        refused(() -> equivalency.define(details(START, END, null), PartnerType.DISDIKBUD), "program.error.level");
        assertThat(program.getTitle()).as("nothing was set").isNull();
    }

    @Test
    void goesFromPlannedThroughOpenAndRunningToCompleted() {
        Program program = training();
        program.open();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.OPEN);
        program.start();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.RUNNING);
        program.apply(ProgramAction.COMPLETE);
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.COMPLETED);
        assertThat(program.allowedActions()).isEmpty();
        assertThat(program.isSchedulable()).isFalse();
    }

    @Test
    void stepsCannotBeSkippedOrRepeated() {
        Program program = training();
        refused(program::start, "program.error.actionNotAllowed");
        refused(() -> program.apply(ProgramAction.COMPLETE), "program.error.actionNotAllowed");
        program.open();
        refused(program::open, "program.error.actionNotAllowed");
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.OPEN);
    }

    @Test
    void canBeCancelledUntilItIsCompletedButNotAfterwards() {
        Program running = training();
        running.open();
        running.start();
        running.apply(ProgramAction.CANCEL);
        assertThat(running.getStatus()).isEqualTo(ProgramStatus.CANCELLED);
        refused(() -> running.apply(ProgramAction.CANCEL), "program.error.actionNotAllowed");

        Program completed = training();
        completed.open();
        completed.start();
        completed.apply(ProgramAction.COMPLETE);
        refused(() -> completed.apply(ProgramAction.CANCEL), "program.error.actionNotAllowed");
        assertThat(completed.getStatus()).isEqualTo(ProgramStatus.COMPLETED);
    }

    @Test
    void itsSessionsAreOverWhenCompletedOrWhenTheJpHeldReachTheTarget() {
        Program program = training();
        program.open();
        program.start();
        assertThat(program.sessionsOver(4)).isFalse();
        assertThat(program.sessionsOver(159)).isFalse();
        assertThat(program.sessionsOver(160)).isTrue();
        program.apply(ProgramAction.COMPLETE);
        assertThat(program.sessionsOver(4)).as("declared completed").isTrue();
    }

    @Test
    void coversOnlyItsOwnDates() {
        Program program = training();
        assertThat(program.covers(START)).isTrue();
        assertThat(program.covers(END)).isTrue();
        assertThat(program.covers(START.minusDays(1))).isFalse();
        assertThat(program.covers(END.plusDays(1))).isFalse();
    }
}
