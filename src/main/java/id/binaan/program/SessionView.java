package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session as other modules see it; its date and times are its facility's local time. */
public record SessionView(Long id, Long programId, Long partnerId, String programTitle, LocalDate date,
        LocalTime start, LocalTime end, String topic, int jp, SessionStatus status, Long facilityId) {
}
