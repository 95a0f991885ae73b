package id.binaan.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.binaan.attendance.Attendance.Mark;
import id.binaan.enrollment.Participants.Participant;
import id.binaan.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** DESIGN.md rule 4 on a sheet being saved, without Spring: an absence or an excuse always carries a reason. */
class AttendanceTests {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private static final List<Participant> SHEET = List.of(new Participant(11L, 1L, "B.I 1/2026", "Andi Baso"),
            new Participant(12L, 2L, "B.I 2/2026", "Sitti Rahma"), new Participant(13L, 3L, "A.I 3/2026", "La Ode"));

    @Test
    void everyAbsenceWithoutAReasonIsRefusedBesideItsRowByName() {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        marks.put(11L, new Mark(AttendanceStatus.PRESENT, null));
        marks.put(12L, new Mark(AttendanceStatus.EXCUSED, null));
        marks.put(13L, new Mark(AttendanceStatus.ABSENT, null));

        assertThatThrownBy(() -> Attendance.requireEntries(SHEET, marks)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.problems()).extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason-12", "attendance.refused.reasonMissing"),
                                org.assertj.core.groups.Tuple.tuple("reason-13", "attendance.refused.reasonMissing")));
    }

    @Test
    void somethingIsEnteredAndOnlyForThisSessionsParticipants() {
        assertThatThrownBy(() -> Attendance.requireEntries(SHEET, Map.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("attendance.refused.empty"));
        assertThatThrownBy(() -> Attendance.requireEntries(SHEET, Map.of(99L, new Mark(AttendanceStatus.PRESENT, null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("attendance.refused.notActive"));
    }

    @Test
    void presenceClearsTheReasonAndTheMarkKeepsWhoRecordedIt() {
        Attendance row = new Attendance(1L, 12L);
        Mark absent = new Mark(AttendanceStatus.ABSENT, AbsenceReason.FAMILY_VISIT);
        Attendance.requireEntries(SHEET, Map.of(12L, absent));
        row.mark(absent, "petugas", NOW);
        assertThat(row.getStatus()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(row.getAbsenceReason()).isEqualTo(AbsenceReason.FAMILY_VISIT);
        row.mark(new Mark(AttendanceStatus.PRESENT, AbsenceReason.SICK), "bpvp", NOW.plusSeconds(60));
        assertThat(row.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(row.getAbsenceReason()).isNull();
        assertThat(row.getRecordedBy()).isEqualTo("bpvp");
        assertThat(row.getRecordedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
