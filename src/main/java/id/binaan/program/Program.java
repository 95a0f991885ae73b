package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.binaan.partner.PartnerType;
import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/**
 * A vocational training or an equivalency class; the kind-specific columns of the other kind stay empty.
 * The details and the lifecycle change only through the guarded transitions below.
 */
@Entity
@Filter(name = FacilityScope.FILTER)
class Program extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    static final int DEFAULT_COMPLETION_THRESHOLD = 80;

    @Enumerated(EnumType.STRING)
    private ProgramKind kind;
    private Long partnerId;
    /** The partner's name, read in the same statement as the program (pages show it beside every program). */
    @Formula("(select pa.name from partner pa where pa.id = partner_id)")
    private String partnerName;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private int capacity;
    private String location;
    private String instructor;
    private int targetJp;
    @Enumerated(EnumType.STRING)
    private Audience audience = Audience.ALL;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.PLANNED;
    private String vocation;
    private String certificationScheme;
    @Column(name = "completion_threshold_percent")
    private int completionThresholdPercent = DEFAULT_COMPLETION_THRESHOLD;
    @Enumerated(EnumType.STRING)
    private EducationLevel level;
    private Integer grade;
    private String academicYear;
    private Integer semester;

    protected Program() {
    }

    Program(ProgramKind kind) {
        this.kind = kind;
    }

    /** Everything a program form sets; the fields of the other kind are ignored. */
    record Details(Long partnerId, String title, LocalDate startDate, LocalDate endDate, int capacity, String location,
            String instructor, int targetJp, Audience audience, int completionThresholdPercent, String vocation,
            String certificationScheme, EducationLevel level, Integer grade, String academicYear, Integer semester) {
    }

    /**
     * Sets the details. Refused: an end before the start, a partner that does not run this kind of program
     * ({@code partnerType} null: no such partner), and a kind's own details left out.
     */
    void define(Details d, PartnerType partnerType) {
        RuleViolation.collect()
                .check(!d.endDate().isBefore(d.startDate()), "endDate", "program.error.endBeforeStart")
                .check(partnerType != null && kind.runBy().contains(partnerType), "partnerId",
                        kind == ProgramKind.TRAINING ? "program.error.trainingPartner" : "program.error.classPartner")
                .check(kind != ProgramKind.TRAINING || present(d.vocation()), "vocation", "program.error.vocation")
                .check(kind != ProgramKind.EQUIVALENCY || d.level() != null, "level", "program.error.level")
                .check(kind != ProgramKind.EQUIVALENCY || d.grade() != null, "grade", "program.error.grade")
                .check(kind != ProgramKind.EQUIVALENCY || present(d.academicYear()), "academicYear",
                        "program.error.academicYear")
                .check(kind != ProgramKind.EQUIVALENCY || d.semester() != null, "semester", "program.error.semester")
                .throwIfAny();
        partnerId = d.partnerId();
        title = d.title().strip();
        startDate = d.startDate();
        endDate = d.endDate();
        capacity = d.capacity();
        location = tidy(d.location());
        instructor = tidy(d.instructor());
        targetJp = d.targetJp();
        audience = d.audience() == null ? Audience.ALL : d.audience();
        completionThresholdPercent = d.completionThresholdPercent();
        boolean training = kind == ProgramKind.TRAINING;
        vocation = training ? tidy(d.vocation()) : null;
        certificationScheme = training ? tidy(d.certificationScheme()) : null;
        level = training ? null : d.level();
        grade = training ? null : d.grade();
        academicYear = training ? null : tidy(d.academicYear());
        semester = training ? null : d.semester();
    }

    /** The actions allowed from the current status, for showing only the buttons that work. */
    Set<ProgramAction> allowedActions() {
        return switch (status) {
            case PLANNED -> EnumSet.of(ProgramAction.OPEN, ProgramAction.CANCEL);
            case OPEN -> EnumSet.of(ProgramAction.START, ProgramAction.CANCEL);
            case RUNNING -> EnumSet.of(ProgramAction.COMPLETE, ProgramAction.CANCEL);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ProgramAction.class);
        };
    }

    void open() {
        apply(ProgramAction.OPEN);
    }

    void start() {
        apply(ProgramAction.START);
    }

    /** Moves the lifecycle on; an action the current status does not allow is refused. */
    void apply(ProgramAction action) {
        RuleViolation.require(allowedActions().contains(action), null, "program.error.actionNotAllowed", status, action);
        status = switch (action) {
            case OPEN -> ProgramStatus.OPEN;
            case START -> ProgramStatus.RUNNING;
            case COMPLETE -> ProgramStatus.COMPLETED;
            case CANCEL -> ProgramStatus.CANCELLED;
        };
    }

    /** Sessions may be planned while the program has not ended or been cancelled. */
    public boolean isSchedulable() {
        return status != ProgramStatus.COMPLETED && status != ProgramStatus.CANCELLED;
    }

    /**
     * The program's sessions are over (DESIGN.md rule 5): it was declared completed, or the JP it has held reach its
     * target.
     */
    boolean sessionsOver(int jpHeld) {
        return status == ProgramStatus.COMPLETED || jpHeld >= targetJp;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /**
     * The guard of a session's time, new or moved: it ends after it starts, lies within the program's dates and does
     * not overlap another of its sessions ({@code others}: the program's other sessions).
     */
    void requireSlot(LocalDate date, LocalTime start, LocalTime end, List<Session> others) {
        RuleViolation.require(isSchedulable(), null, "session.error.notSchedulable", status);
        RuleViolation.collect()
                .check(end.isAfter(start), "endTime", "session.error.endBeforeStart")
                .check(covers(date), "date", "session.error.outsideProgram")
                .check(others.stream().noneMatch(s -> s.overlaps(date, start, end)), "date", "session.error.overlap")
                .throwIfAny();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String tidy(String value) {
        return present(value) ? value.strip() : null;
    }

    public ProgramKind getKind() { return kind; }
    public Long getPartnerId() { return partnerId; }
    public String getTitle() { return title; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getCapacity() { return capacity; }
    public String getLocation() { return location; }
    public String getInstructor() { return instructor; }
    public int getTargetJp() { return targetJp; }
    public Audience getAudience() { return audience; }
    public ProgramStatus getStatus() { return status; }
    public String getVocation() { return vocation; }
    public String getCertificationScheme() { return certificationScheme; }
    public int getCompletionThresholdPercent() { return completionThresholdPercent; }
    public EducationLevel getLevel() { return level; }
    public String getPartnerName() { return partnerName == null ? "" : partnerName; }
    public Integer getGrade() { return grade; }
    public String getAcademicYear() { return academicYear; }
    public Integer getSemester() { return semester; }

    public Long getFacilityId() {
        return facilityId;
    }
}
