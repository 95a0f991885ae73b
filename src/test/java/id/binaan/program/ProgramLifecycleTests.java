package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProgramLifecycleTests {

    private static Program training() {
        Program program = new Program(ProgramKind.TRAINING);
        program.describe(1L, "Las listrik", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 26), 16, null, null, 160);
        program.training("Las", null, null);
        return program;
    }

    @Test
    void aNewProgramIsPlannedAndATrainingNeedsEightyPercentByDefault() {
        Program program = training();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.PLANNED);
        assertThat(program.getCompletionThresholdPercent()).isEqualTo(80);
        assertThat(program.allowedActions()).containsExactlyInAnyOrder(ProgramAction.OPEN, ProgramAction.CANCEL);
    }

    @Test
    void goesFromPlannedThroughOpenAndRunningToCompleted() {
        Program program = training();
        program.open();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.OPEN);
        program.start();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.RUNNING);
        program.complete();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.COMPLETED);
        assertThat(program.allowedActions()).isEmpty();
        assertThat(program.isSchedulable()).isFalse();
    }

    @Test
    void stepsCannotBeSkippedOrRepeated() {
        Program program = training();
        assertThatThrownBy(program::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(program::complete).isInstanceOf(IllegalStateException.class);
        program.open();
        assertThatThrownBy(program::open).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(program::complete).isInstanceOf(IllegalStateException.class);
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.OPEN);
    }

    @Test
    void canBeCancelledUntilItIsCompletedButNotAfterwards() {
        Program running = training();
        running.open();
        running.start();
        running.cancel();
        assertThat(running.getStatus()).isEqualTo(ProgramStatus.CANCELLED);
        assertThatThrownBy(running::cancel).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(running::open).isInstanceOf(IllegalStateException.class);

        Program completed = training();
        completed.open();
        completed.start();
        completed.complete();
        assertThatThrownBy(completed::cancel).isInstanceOf(IllegalStateException.class);
        assertThat(completed.getStatus()).isEqualTo(ProgramStatus.COMPLETED);
    }

    @Test
    void coversOnlyItsOwnDates() {
        Program program = training();
        assertThat(program.covers(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(program.covers(LocalDate.of(2027, 2, 26))).isTrue();
        assertThat(program.covers(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(program.covers(LocalDate.of(2027, 2, 27))).isFalse();
    }
}
