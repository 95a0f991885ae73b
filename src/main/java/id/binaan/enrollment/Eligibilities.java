package id.binaan.enrollment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.binaan.enrollment.Eligibility.BusySlot;
import id.binaan.enrollment.Eligibility.Slot;
import id.binaan.inmate.InmateSummary;
import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.stereotype.Component;

/** Gathers what {@link Eligibility} decides on for one inmate and one program: the facts, not the rules. */
@Component
class Eligibilities {

    private static final Set<EnrollmentStatus> OPEN = EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);

    private final EnrollmentRepository enrollments;
    private final Programs programs;

    Eligibilities(EnrollmentRepository enrollments, Programs programs) {
        this.enrollments = enrollments;
        this.programs = programs;
    }

    Eligibility.Check of(InmateSummary inmate, ProgramSummary program) {
        boolean already = enrollments.existsByProgramIdAndInmateIdAndStatusIn(program.id(), inmate.id(), OPEN);
        List<BusySlot> busy = new ArrayList<>();
        for (Enrollment other : enrollments.findByInmateIdAndStatusIn(inmate.id(), EnumSet.of(EnrollmentStatus.ACTIVE))) {
            if (!other.getProgramId().equals(program.id())) {
                String title = programs.find(other.getProgramId()).map(ProgramSummary::title).orElse("");
                slotsOf(other.getProgramId()).forEach(slot -> busy.add(new BusySlot(title, slot)));
            }
        }
        return Eligibility.check(candidate(inmate), offer(program, slotsOf(program.id())), already, busy);
    }

    /** Programs taking participants, of the same kind, that would suit the inmate where {@code program} does not. */
    List<ProgramSummary> suggestions(InmateSummary inmate, ProgramSummary program) {
        Eligibility.Check check = of(inmate, program);
        if (check.verdictOf(Eligibility.Rule.LEVEL_FITS) == Eligibility.Verdict.PASS
                && check.verdictOf(Eligibility.Rule.AUDIENCE) == Eligibility.Verdict.PASS) {
            return List.of();
        }
        Eligibility.Candidate candidate = candidate(inmate);
        return programs.takingParticipants().stream()
                .filter(p -> !p.id().equals(program.id()) && p.kind() == program.kind())
                .filter(p -> Eligibility.suits(candidate, offer(p, List.of())))
                .limit(5)
                .toList();
    }

    private static Eligibility.Candidate candidate(InmateSummary inmate) {
        return new Eligibility.Candidate(inmate.status(), inmate.education(), inmate.sex(), inmate.expectedReleaseDate());
    }

    private static Eligibility.Offer offer(ProgramSummary program, List<Slot> sessions) {
        return new Eligibility.Offer(program.status(), program.level(), program.audience(), program.endDate(), sessions);
    }

    private List<Slot> slotsOf(Long programId) {
        return programs.activeSessionsOf(programId).stream()
                .map(s -> new Slot(s.date(), s.start(), s.end()))
                .toList();
    }
}
