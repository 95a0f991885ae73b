package id.binaan.program;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.Formula;

/**
 * A vocational training or an equivalency class; the kind-specific columns of the other kind stay empty.
 * The lifecycle moves only through the named transitions below.
 */
@Entity
class Program extends VersionedEntity {

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
    private ProgramStatus status = ProgramStatus.PLANNED;
    private String vocation;
    private String certificationScheme;
    @Column(name = "completion_threshold_percent")
    private Integer completionThresholdPercent;
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

    void describe(Long partnerId, String title, LocalDate startDate, LocalDate endDate, int capacity, String location,
            String instructor, int targetJp) {
        this.partnerId = partnerId;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.capacity = capacity;
        this.location = location;
        this.instructor = instructor;
        this.targetJp = targetJp;
    }

    void training(String vocation, String certificationScheme, Integer completionThresholdPercent) {
        this.vocation = vocation;
        this.certificationScheme = certificationScheme;
        this.completionThresholdPercent = completionThresholdPercent == null
                ? DEFAULT_COMPLETION_THRESHOLD : completionThresholdPercent;
    }

    void equivalency(EducationLevel level, int grade, String academicYear, int semester) {
        this.level = level;
        this.grade = grade;
        this.academicYear = academicYear;
        this.semester = semester;
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
        move(ProgramAction.OPEN, ProgramStatus.OPEN);
    }

    void start() {
        move(ProgramAction.START, ProgramStatus.RUNNING);
    }

    void complete() {
        move(ProgramAction.COMPLETE, ProgramStatus.COMPLETED);
    }

    void cancel() {
        move(ProgramAction.CANCEL, ProgramStatus.CANCELLED);
    }

    void apply(ProgramAction action) {
        switch (action) {
            case OPEN -> open();
            case START -> start();
            case COMPLETE -> complete();
            case CANCEL -> cancel();
        }
    }

    private void move(ProgramAction action, ProgramStatus to) {
        if (!allowedActions().contains(action)) {
            throw new IllegalStateException("A program that is " + status + " cannot " + action);
        }
        status = to;
    }

    /** Sessions may be planned while the program has not ended or been cancelled. */
    public boolean isSchedulable() {
        return status != ProgramStatus.COMPLETED && status != ProgramStatus.CANCELLED;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
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
    public ProgramStatus getStatus() { return status; }
    public String getVocation() { return vocation; }
    public String getCertificationScheme() { return certificationScheme; }
    public Integer getCompletionThresholdPercent() { return completionThresholdPercent; }
    public EducationLevel getLevel() { return level; }
    public String getPartnerName() { return partnerName == null ? "" : partnerName; }
    public Integer getGrade() { return grade; }
    public String getAcademicYear() { return academicYear; }
    public Integer getSemester() { return semester; }
}
