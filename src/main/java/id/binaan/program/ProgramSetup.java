package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.binaan.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up programs and their timetables without the forms: for seeding a demonstration facility. */
@Service
public class ProgramSetup {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final SessionScheduling scheduling;
    private final AuditLog audit;

    ProgramSetup(ProgramRepository programs, SessionRepository sessions, SessionScheduling scheduling, AuditLog audit) {
        this.programs = programs;
        this.sessions = sessions;
        this.scheduling = scheduling;
        this.audit = audit;
    }

    /** What every program has. */
    public record Basics(Long partnerId, String title, LocalDate startDate, LocalDate endDate, int capacity,
            String location, String instructor, int targetJp) {
    }

    /** The id of the running training with that title, creating it first when it does not exist. */
    @Transactional
    public Long ensureRunningTraining(String actor, Basics basics, String vocation, String certificationScheme) {
        return programs.findAll().stream().filter(p -> p.getTitle().equals(basics.title())).findFirst()
                .map(Program::getId)
                .orElseGet(() -> {
                    Program program = new Program(ProgramKind.TRAINING);
                    describe(program, basics);
                    program.training(vocation, certificationScheme, null);
                    return run(actor, program);
                });
    }

    /** The id of the running class with that title, creating it first when it does not exist. */
    @Transactional
    public Long ensureRunningClass(String actor, Basics basics, EducationLevel level, int grade, String academicYear,
            int semester) {
        return programs.findAll().stream().filter(p -> p.getTitle().equals(basics.title())).findFirst()
                .map(Program::getId)
                .orElseGet(() -> {
                    Program program = new Program(ProgramKind.EQUIVALENCY);
                    describe(program, basics);
                    program.equivalency(level, grade, academicYear, semester);
                    return run(actor, program);
                });
    }

    /**
     * Fills the program's whole period with a weekly pattern (national holidays skipped), unless it has
     * sessions already; then cancels its first session after {@code cancelAfter} for an unavailable instructor.
     */
    @Transactional
    public void ensureWeeklySessions(String actor, Long programId, Set<DayOfWeek> days, LocalTime start, LocalTime end,
            int jp, String topic, LocalDate cancelAfter) {
        if (!sessions.findByProgram(programId).isEmpty()) {
            return;
        }
        Program program = scheduling.program(programId);
        WeeklyPattern pattern = new WeeklyPattern(days, start, end, jp, program.getStartDate(), program.getEndDate());
        Map<LocalDate, String> daysOff = scheduling.daysOff(pattern.from(), pattern.to(), List.of(), "");
        scheduling.generate(programId, pattern, pattern.plan(daysOff).dates(), topic, actor);
        sessions.findByProgram(programId).stream().filter(s -> s.getSessionDate().isAfter(cancelAfter)).findFirst()
                .ifPresent(s -> scheduling.cancel(programId, List.of(s.getId()), CancelReason.INSTRUCTOR_UNAVAILABLE,
                        null, actor));
    }

    private static void describe(Program program, Basics b) {
        program.describe(b.partnerId(), b.title(), b.startDate(), b.endDate(), b.capacity(), b.location(),
                b.instructor(), b.targetJp());
    }

    private Long run(String actor, Program program) {
        program.open();
        program.start();
        programs.save(program);
        audit.record(actor, "PROGRAM_CREATED", "Program", program.getId(), program.getKind() + " " + program.getTitle());
        return program.getId();
    }
}
