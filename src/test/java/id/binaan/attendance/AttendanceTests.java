package id.binaan.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** An absence or an excuse always carries a reason; presence never does. */
class AttendanceTests {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    @Test
    void anAbsenceNeedsAReasonAndPresenceClearsIt() {
        Attendance row = new Attendance(1L, 2L);
        assertThatThrownBy(() -> row.markAbsent(null, "petugas", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.markExcused(null, "petugas", NOW)).isInstanceOf(IllegalArgumentException.class);
        row.markAbsent(AbsenceReason.FAMILY_VISIT, "petugas", NOW);
        assertThat(row.getStatus()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(row.getAbsenceReason()).isEqualTo(AbsenceReason.FAMILY_VISIT);
        row.mark(AttendanceStatus.PRESENT, AbsenceReason.SICK, "bpvp", NOW.plusSeconds(60));
        assertThat(row.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(row.getAbsenceReason()).isNull();
        assertThat(row.getRecordedBy()).isEqualTo("bpvp");
        assertThat(row.getRecordedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
