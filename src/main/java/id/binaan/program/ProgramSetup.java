package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.binaan.audit.AuditLog;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up programs and their timetables without the forms: for seeding a demonstration facility. */
@Service
public class ProgramSetup {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final SessionScheduling scheduling;
    private final Partners partners;
    private final AuditLog audit;

    ProgramSetup(ProgramRepository programs, SessionRepository sessions, SessionScheduling scheduling, Partners partners,
            AuditLog audit) {
        this.programs = programs;
        this.sessions = sessions;
        this.scheduling = scheduling;
        this.partners = partners;
        this.audit = audit;
    }

    /** What every program has. */
    public record Basics(Long partnerId, String title, LocalDate startDate, LocalDate endDate, int capacity,
            String location, String instructor, int targetJp, Audience audience) {

        public Basics(Long partnerId, String title, LocalDate startDate, LocalDate endDate, int capacity,
                String location, String instructor, int targetJp) {
            this(partnerId, title, startDate, endDate, capacity, location, instructor, targetJp, Audience.ALL);
        }
    }

    /** The id of the running training with that title, creating it first when it does not exist. */
    @Transactional
    public Long ensureRunningTraining(String actor, Basics basics, String vocation, String certificationScheme) {
        return programs.findAll().stream().filter(p -> p.getTitle().equals(basics.title())).findFirst()
                .map(Program::getId)
                .orElseGet(() -> {
                    Program program = new Program(ProgramKind.TRAINING);
                    program.define(details(basics, vocation, certificationScheme, null, null, null, null),
                            partnerType(basics));
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
                    program.define(details(basics, null, null, level, grade, academicYear, semester),
                            partnerType(basics));
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
        scheduling.generate(programId, pattern, daysOff, topic, actor);
        sessions.findByProgram(programId).stream().filter(s -> s.getSessionDate().isAfter(cancelAfter)).findFirst()
                .ifPresent(s -> scheduling.cancel(programId, List.of(s.getId()), CancelReason.INSTRUCTOR_UNAVAILABLE,
                        null, actor));
    }

    /** Marks a running program completed (its sessions over), as staff would once its last session is held. */
    @Transactional
    public void ensureCompleted(String actor, Long programId) {
        Program program = scheduling.program(programId);
        if (program.getStatus() == ProgramStatus.RUNNING) {
            program.apply(ProgramAction.COMPLETE);
            audit.record(actor, "PROGRAM_COMPLETE", "Program", programId, "RUNNING -> COMPLETED");
        }
    }

    private static Program.Details details(Basics b, String vocation, String certificationScheme,
            EducationLevel level, Integer grade, String academicYear, Integer semester) {
        return new Program.Details(b.partnerId(), b.title(), b.startDate(), b.endDate(), b.capacity(), b.location(),
                b.instructor(), b.targetJp(), b.audience(), Program.DEFAULT_COMPLETION_THRESHOLD, vocation,
                certificationScheme, level, grade, academicYear, semester);
    }

    private PartnerType partnerType(Basics b) {
        return partners.find(b.partnerId()).map(Partners.PartnerOption::type).orElse(null);
    }

    private Long run(String actor, Program program) {
        program.open();
        program.start();
        programs.save(program);
        audit.record(actor, "PROGRAM_CREATED", "Program", program.getId(), program.getKind() + " " + program.getTitle());
        return program.getId();
    }
}
