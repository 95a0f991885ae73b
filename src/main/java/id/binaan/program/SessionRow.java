package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as lists show it, with its program. */
record SessionRow(Long id, Long programId, String programTitle, ProgramKind kind, Long partnerId, LocalDate date,
        LocalTime start, LocalTime end, String topic, int jp, SessionStatus status, String location,
        String instructor, Long facilityId) {
}
