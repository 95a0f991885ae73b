package id.binaan.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a program on a given day: what attendance is recorded for. */
@Service
public class Participants {

    private final EnrollmentRepository enrollments;
    private final Inmates inmates;

    Participants(EnrollmentRepository enrollments, Inmates inmates) {
        this.enrollments = enrollments;
        this.inmates = inmates;
    }

    /** A participant as an attendance sheet shows them: only the name and registration number. */
    public record Participant(Long enrollmentId, Long inmateId, String registrationNumber, String fullName) {
    }

    /** The enrollments that were ACTIVE on {@code date}: activated on or before it and not ended before it (an enrollment that ends that day still counts). */
    @Transactional(readOnly = true)
    public List<Participant> activeOn(Long programId, LocalDate date) {
        List<Enrollment> active = enrollments.activeOn(programId, date);
        Map<Long, InmateSummary> people = inmates.findAll(active.stream().map(Enrollment::getInmateId).toList())
                .stream().collect(Collectors.toMap(InmateSummary::id, Function.identity()));
        return active.stream()
                .map(e -> {
                    InmateSummary inmate = people.get(e.getInmateId());
                    return new Participant(e.getId(), e.getInmateId(), inmate.registrationNumber(), inmate.fullName());
                })
                .sorted((a, b) -> a.fullName().compareToIgnoreCase(b.fullName()))
                .toList();
    }

    /** Whether this enrollment belongs to the program and was active on that date. */
    @Transactional(readOnly = true)
    public boolean wasActiveOn(Long enrollmentId, Long programId, LocalDate date) {
        return enrollments.activeOn(programId, date).stream().anyMatch(e -> e.getId().equals(enrollmentId));
    }
}
