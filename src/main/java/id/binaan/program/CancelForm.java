package id.binaan.program;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which sessions to cancel, and why. */
class CancelForm {

    @NotEmpty(message = "{session.error.noneChosen}")
    private List<Long> ids = new ArrayList<>();
    @NotNull(message = "{session.error.reason}")
    private CancelReason reason;
    @Size(max = 500, message = "{program.error.tooLong}")
    private String note;

    public List<Long> getIds() { return ids; }
    public void setIds(List<Long> ids) { this.ids = ids == null ? new ArrayList<>() : ids; }
    public CancelReason getReason() { return reason; }
    public void setReason(CancelReason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
