package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.binaan.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md rule 4 on the session, without Spring: attendance is recorded on or after the day, the session is
 * confirmed once, with everyone's attendance in and JP within its own, and then the attendance is locked.
 */
class SessionConfirmationTests {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    static final LocalDate TODAY = DAY.plusDays(1);

    static Session session() {
        return new Session(ProgramLifecycleTests.training(), LocalDate.of(2026, 12, 2), LocalTime.of(8, 0),
                LocalTime.of(12, 0), "Praktik", 4, List.of());
    }

    private static Session held() {
        Session session = session();
        session.recordAttendance(false, LocalDate.of(2026, 12, 2), 10, null);
        return session;
    }

    static void refused(ThrowingCallable change, String field, String key) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void aHeldSessionIsConfirmedWithTheJpDeliveredAndANote() {
        Session session = held();
        session.confirm("bpvp", NOW, 3, "  Listrik padam  ", List.of());
        assertThat(session.getStatus()).isEqualTo(SessionStatus.HELD);
        assertThat(session.getJpDelivered()).isEqualTo(3);
        assertThat(session.getConfirmationNote()).isEqualTo("Listrik padam");
        assertThat(session.getConfirmedBy()).isEqualTo("bpvp");
        refused(() -> session.confirm("bpvp", NOW, 3, null, List.of()), null, "confirm.refused.already");
    }

    @Test
    void confirmationIsRefusedWhileAParticipantHasNoAttendanceAndNamesThem() {
        Session session = held();
        assertThatThrownBy(() -> session.confirm("bpvp", NOW, 4, null,
                List.of("Andi Baso (B.I 1/2026)", "Sitti Rahma (B.I 2/2026)")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("confirm.refused.missing");
                    assertThat(v.problems().get(0).args()).containsExactly(2, "Andi Baso (B.I 1/2026), Sitti Rahma (B.I 2/2026)");
                });
        assertThat(session.getConfirmedAt()).isNull();
    }

    @Test
    void aScheduledSessionCannotBeConfirmedNorJpOutsideTheSessionsJp() {
        Session session = session();
        refused(() -> session.confirm("bpvp", NOW, 4, null, List.of()), null, "confirm.refused.notHeld");
        session.recordAttendance(false, LocalDate.of(2026, 12, 2), 1, null);
        refused(() -> session.confirm("bpvp", NOW, 5, null, List.of()), "jpDelivered", "confirm.refused.jp");
        refused(() -> session.confirm("bpvp", NOW, -1, null, List.of()), "jpDelivered", "confirm.refused.jp");
        assertThat(session.getConfirmedAt()).isNull();
    }

    @Test
    void attendanceIsRecordedFromTheSessionsDayOnAndNeverForACancelledOne() {
        Session session = session();
        LocalDate before = LocalDate.of(2026, 12, 1);
        assertThat(session.attendanceEdit(true, before)).isEqualTo(AttendanceEdit.NOT_YET);
        refused(() -> session.recordAttendance(true, before, 1, null), null, "attendance.refused.future");

        Session cancelled = session();
        cancelled.cancel(CancelReason.LOCKDOWN, null);
        assertThat(cancelled.attendanceEdit(true, TODAY.plusDays(10))).isEqualTo(AttendanceEdit.CANCELLED);
        refused(() -> cancelled.recordAttendance(false, TODAY.plusDays(10), 1, null), null, "attendance.refused.cancelled");
        assertThat(cancelled.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void afterConfirmationOnlyAnAdminCorrectsOnePersonAtATimeWithAReason() {
        Session session = held();
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(session.attendanceEdit(false, day)).isEqualTo(AttendanceEdit.RECORD);
        session.confirm("bpvp", NOW, 4, null, List.of());

        assertThat(session.attendanceEdit(false, day)).isEqualTo(AttendanceEdit.LOCKED);
        assertThat(session.attendanceEdit(true, day)).isEqualTo(AttendanceEdit.CORRECT);
        refused(() -> session.recordAttendance(false, day, 1, "Salah catat"), null, "attendance.refused.confirmed");
        refused(() -> session.recordAttendance(true, day, 10, "Semua hadir"), null, "attendance.refused.onePerson");
        refused(() -> session.recordAttendance(true, day, 1, "  "), "correctionReason",
                "attendance.refused.correctionReason");
        session.recordAttendance(true, day, 1, "Surat dokter menyusul");
    }
}
