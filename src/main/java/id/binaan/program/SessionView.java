package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session as other modules see it. */
public record SessionView(Long id, Long programId, Long partnerId, String programTitle, LocalDate date,
        LocalTime start, LocalTime end, String topic, int jp, SessionStatus status) {
}
