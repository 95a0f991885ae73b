package id.binaan.program;

import java.time.LocalDate;

/** A program as other modules see it; {@code level} is set for equivalency classes only. */
public record ProgramSummary(Long id, ProgramKind kind, String title, Long partnerId, String partnerName,
        ProgramStatus status, LocalDate startDate, LocalDate endDate, int capacity, int targetJp,
        int completionThresholdPercent, EducationLevel level, Audience audience) {
}
