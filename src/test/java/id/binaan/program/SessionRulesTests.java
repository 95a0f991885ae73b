package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class SessionRulesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Session session() {
        return new Session(new Program(ProgramKind.TRAINING), DAY, LocalTime.of(8, 0), LocalTime.of(12, 0), "Praktik", 4);
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
    void aCancelledSessionKeepsItsReasonAndNoLongerBlocksTheTime() {
        Session session = session();
        session.cancel(CancelReason.LOCKDOWN, "Penggeledahan blok");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getCancelReason()).isEqualTo(CancelReason.LOCKDOWN);
        assertThat(session.getCancelNote()).isEqualTo("Penggeledahan blok");
        assertThat(session.overlaps(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
        assertThatThrownBy(() -> session.cancel(CancelReason.OTHER, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.reschedule(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancellationNeedsAReason() {
        Session session = session();
        assertThatThrownBy(() -> session.cancel(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void reschedulingMovesTheDateAndTimesButNeverBackwardsInTime() {
        Session session = session();
        session.reschedule(DAY.plusDays(2), LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(session.getSessionDate()).isEqualTo(DAY.plusDays(2));
        assertThat(session.getStartTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(session.getEndTime()).isEqualTo(LocalTime.of(15, 0));
        assertThatThrownBy(() -> session.reschedule(DAY, LocalTime.of(15, 0), LocalTime.of(13, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getSessionDate()).isEqualTo(DAY.plusDays(2));
    }
}
