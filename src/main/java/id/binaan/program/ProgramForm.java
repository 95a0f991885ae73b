package id.binaan.program;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What the program form holds; the rules between its fields are the program's own ({@link Program#define}). */
class ProgramForm {

    private ProgramKind kind;
    private long version;
    @NotNull(message = "{program.error.partner}")
    private Long partnerId;
    @NotBlank(message = "{program.error.title}")
    @Size(max = 200, message = "{program.error.tooLong}")
    private String title;
    @NotNull(message = "{program.error.startDate}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @NotNull(message = "{program.error.endDate}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @NotNull(message = "{program.error.capacity}")
    @Min(value = 1, message = "{program.error.capacity}")
    @Max(value = 500, message = "{program.error.capacity}")
    private Integer capacity;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String location;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String instructor;
    @NotNull(message = "{program.error.targetJp}")
    @Min(value = 1, message = "{program.error.targetJp}")
    @Max(value = 2000, message = "{program.error.targetJp}")
    private Integer targetJp;
    @NotNull(message = "{program.error.audience}")
    private Audience audience = Audience.ALL;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String vocation;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String certificationScheme;
    @NotNull(message = "{program.error.threshold}")
    @Min(value = 1, message = "{program.error.threshold}")
    @Max(value = 100, message = "{program.error.threshold}")
    private Integer completionThresholdPercent = Program.DEFAULT_COMPLETION_THRESHOLD;
    private EducationLevel level;
    @Min(value = 1, message = "{program.error.grade}")
    @Max(value = 12, message = "{program.error.grade}")
    private Integer grade;
    @Pattern(regexp = "(\\d{4}/\\d{4})?", message = "{program.error.academicYear}")
    private String academicYear;
    @Min(value = 1, message = "{program.error.semester}")
    @Max(value = 2, message = "{program.error.semester}")
    private Integer semester;

    static ProgramForm blank(ProgramKind kind) {
        ProgramForm form = new ProgramForm();
        form.kind = kind;
        return form;
    }

    static ProgramForm of(Program p) {
        ProgramForm form = new ProgramForm();
        form.kind = p.getKind();
        form.version = p.getVersion();
        form.partnerId = p.getPartnerId();
        form.title = p.getTitle();
        form.startDate = p.getStartDate();
        form.endDate = p.getEndDate();
        form.capacity = p.getCapacity();
        form.location = p.getLocation();
        form.instructor = p.getInstructor();
        form.targetJp = p.getTargetJp();
        form.audience = p.getAudience();
        form.vocation = p.getVocation();
        form.certificationScheme = p.getCertificationScheme();
        form.completionThresholdPercent = p.getCompletionThresholdPercent();
        form.level = p.getLevel();
        form.grade = p.getGrade();
        form.academicYear = p.getAcademicYear();
        form.semester = p.getSemester();
        return form;
    }

    boolean isTraining() { return kind == ProgramKind.TRAINING; }

    /** What the form says, for the program's guard; only called once Bean Validation found nothing missing. */
    Program.Details details() {
        return new Program.Details(partnerId, title, startDate, endDate, capacity, location, instructor, targetJp,
                audience, completionThresholdPercent, vocation, certificationScheme, level, grade, academicYear,
                semester);
    }

    public ProgramKind getKind() { return kind; }
    public void setKind(ProgramKind kind) { this.kind = kind; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getInstructor() { return instructor; }
    public void setInstructor(String instructor) { this.instructor = instructor; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public Integer getTargetJp() { return targetJp; }
    public void setTargetJp(Integer targetJp) { this.targetJp = targetJp; }
    public String getVocation() { return vocation; }
    public void setVocation(String vocation) { this.vocation = vocation; }
    public String getCertificationScheme() { return certificationScheme; }
    public void setCertificationScheme(String certificationScheme) { this.certificationScheme = certificationScheme; }
    public Integer getCompletionThresholdPercent() { return completionThresholdPercent; }
    public void setCompletionThresholdPercent(Integer value) { this.completionThresholdPercent = value; }
    public EducationLevel getLevel() { return level; }
    public void setLevel(EducationLevel level) { this.level = level; }
    public Integer getGrade() { return grade; }
    public void setGrade(Integer grade) { this.grade = grade; }
    public String getAcademicYear() { return academicYear; }
    public void setAcademicYear(String academicYear) { this.academicYear = academicYear; }
    public Integer getSemester() { return semester; }
    public void setSemester(Integer semester) { this.semester = semester; }
}
