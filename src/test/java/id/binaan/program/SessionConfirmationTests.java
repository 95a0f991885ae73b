package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** A session is held once attendance is recorded, and confirmed once, within its JP. */
class SessionConfirmationTests {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    private static Session session() {
        return new Session(new Program(ProgramKind.TRAINING), LocalDate.of(2026, 11, 27), LocalTime.of(8, 0),
                LocalTime.of(12, 0), "Praktik", 4);
    }

    @Test
    void aHeldSessionIsConfirmedWithTheJpDeliveredAndANote() {
        Session session = session();
        session.markHeld();
        session.confirm("bpvp", NOW, 3, "  Listrik padam  ");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.HELD);
        assertThat(session.getJpDelivered()).isEqualTo(3);
        assertThat(session.getConfirmationNote()).isEqualTo("Listrik padam");
        assertThat(session.getConfirmedBy()).isEqualTo("bpvp");
        assertThatThrownBy(() -> session.confirm("bpvp", NOW, 3, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScheduledSessionCannotBeConfirmedNorJpOutsideTheSessionsJp() {
        Session session = session();
        assertThatThrownBy(() -> session.confirm("bpvp", NOW, 4, null)).isInstanceOf(IllegalStateException.class);
        session.markHeld();
        assertThatThrownBy(() -> session.confirm("bpvp", NOW, 5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.confirm("bpvp", NOW, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getConfirmedAt()).isNull();
    }

    @Test
    void aCancelledSessionIsNeverHeld() {
        Session session = session();
        session.cancel(CancelReason.LOCKDOWN, null);
        assertThatThrownBy(session::markHeld).isInstanceOf(IllegalStateException.class);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    }
}
