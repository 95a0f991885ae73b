package id.binaan.program;

import static id.binaan.program.SessionConfirmationTests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A session's time: within its program, after its start, clear of the program's other sessions. */
class SessionRulesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Session session() {
        return SessionConfirmationTests.session();
    }

    @Test
    void overlapsOnlyWhenTheTimesShareAMinuteOnTheSameDay() {
        Session session = session();
        assertThat(session.overlaps(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0))).isTrue();
        assertThat(session.overlaps(DAY, LocalTime.of(7, 0), LocalTime.of(8, 30))).isTrue();
        assertThat(session.overlaps(DAY, LocalTime.of(12, 0), LocalTime.of(14, 0))).isFalse();
        assertThat(session.overlaps(DAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void aNewSessionIsRefusedOutsideTheProgramBeforeItStartsOrOverAnother() {
        Program program = ProgramLifecycleTests.training();
        Session existing = session();
        refused(() -> new Session(program, DAY, LocalTime.of(10, 0), LocalTime.of(9, 0), null, 2, List.of()),
                "endTime", "session.error.endBeforeStart");
        refused(() -> new Session(program, LocalDate.of(2027, 3, 1), LocalTime.of(8, 0), LocalTime.of(9, 0), null, 2,
                List.of()), "date", "session.error.outsideProgram");
        refused(() -> new Session(program, DAY, LocalTime.of(11, 0), LocalTime.of(13, 0), null, 2, List.of(existing)),
                "date", "session.error.overlap");
    }

    @Test
    void aCancelledSessionKeepsItsReasonAndNoLongerBlocksTheTime() {
        Session session = session();
        session.cancel(CancelReason.LOCKDOWN, "Penggeledahan blok");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getCancelReason()).isEqualTo(CancelReason.LOCKDOWN);
        assertThat(session.getCancelNote()).isEqualTo("Penggeledahan blok");
        assertThat(session.overlaps(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
        refused(() -> session.cancel(CancelReason.OTHER, null), null, "session.error.notScheduled");
        refused(() -> session.reschedule(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), List.of()), null,
                "session.error.notScheduled");
    }

    @Test
    void reschedulingMovesTheDateAndTimesButNeverBackwardsInTime() {
        Session session = session();
        session.reschedule(DAY.plusDays(2), LocalTime.of(13, 0), LocalTime.of(15, 0), List.of(session));
        assertThat(session.getSessionDate()).isEqualTo(DAY.plusDays(2));
        assertThat(session.getStartTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(session.getEndTime()).isEqualTo(LocalTime.of(15, 0));
        refused(() -> session.reschedule(DAY, LocalTime.of(15, 0), LocalTime.of(13, 0), List.of(session)), "endTime",
                "session.error.endBeforeStart");
        assertThat(session.getSessionDate()).isEqualTo(DAY.plusDays(2));
    }
}
