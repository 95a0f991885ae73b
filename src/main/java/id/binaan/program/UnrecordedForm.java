package id.binaan.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The one reason for cancelling every past session that has no attendance, and how many the page showed. */
class UnrecordedForm {

    @NotNull(message = "{session.error.reason}")
    private CancelReason reason;
    @Size(max = 500, message = "{program.error.tooLong}")
    private String note;
    /** The count the confirmation page showed; a different count now means someone recorded or added meanwhile. */
    private Integer shown;
    /** Only this program's sessions; none: every program's. */
    private Long program;

    public CancelReason getReason() { return reason; }
    public void setReason(CancelReason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getProgram() { return program; }
    public void setProgram(Long program) { this.program = program; }
    public Integer getShown() { return shown; }
    public void setShown(Integer shown) { this.shown = shown; }
}
