package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

/** When a session takes place, for checking overlaps between programs. */
public record SessionSlot(Long sessionId, Long programId, LocalDate date, LocalTime start, LocalTime end, int jp,
        SessionStatus status) {
}
