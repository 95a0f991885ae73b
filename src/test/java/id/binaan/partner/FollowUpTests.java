package id.binaan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowUpTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final CoordinationMeeting meeting = new CoordinationMeeting(null, TODAY.minusDays(10), "Aula", "Petugas", "Ringkasan");

    @Test
    void anOpenActionPastItsDueDateIsOverdue() {
        FollowUp followUp = meeting.addFollowUp("Kirim daftar peserta", TODAY.minusDays(1));
        assertThat(followUp.isOverdueOn(TODAY)).isTrue();
        assertThat(meeting.addFollowUp("Siapkan modul", TODAY).isOverdueOn(TODAY)).as("due today is not yet overdue").isFalse();
    }

    @Test
    void markingDoneRecordsTheDayOnceAndClearsOverdue() {
        FollowUp followUp = meeting.addFollowUp("Kirim daftar peserta", TODAY.minusDays(5));
        assertThat(followUp.markDone(TODAY)).isTrue();
        assertThat(followUp.isDone()).isTrue();
        assertThat(followUp.getDoneOn()).isEqualTo(TODAY);
        assertThat(followUp.isOverdueOn(TODAY)).isFalse();
        assertThat(followUp.markDone(TODAY.plusDays(1))).as("already done").isFalse();
        assertThat(followUp.getDoneOn()).isEqualTo(TODAY);
    }
}
