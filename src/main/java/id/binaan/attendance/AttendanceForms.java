package id.binaan.attendance;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The attendance module's forms. Bean Validation checks what was typed; the rules (the attendance lock, a reason
 * for every absence, JP within the session's) are the session's and the attendance's guards.
 */
final class AttendanceForms {

    private static final String STATUS = "status-";
    private static final String REASON = "reason-";
    private static final String NOTE = "note-";

    private AttendanceForms() {
    }

    /**
     * The sheet: one {@code status-<enrollment>} and {@code reason-<enrollment>} per participant (read by the
     * controller, as their number varies), the page of the sheet, and a correction's reason.
     */
    record SheetForm(@Size(max = 500, message = "{attendance.correctionReason.tooLong}") String correctionReason,
            Integer page) {

        int pageOrFirst() {
            return page == null ? 0 : Math.max(0, page);
        }
    }

    /**
     * One participant's attendance corrected after confirmation, with the reason; the participant's choices are named
     * as on the sheet ({@code status-<enrollment>}, {@code reason-<enrollment>}).
     */
    record CorrectionForm(@Size(max = 500, message = "{attendance.correctionReason.tooLong}") String correctionReason) {
    }

    /**
     * What was chosen per participant from the sheet's fields {@code status-<enrollment>} and
     * {@code reason-<enrollment>}; a value that is no status or reason at all is reported on the form.
     */
    static Map<Long, Attendance.Mark> marks(Map<String, String> params, BindingResult errors) {
        Map<Long, Attendance.Mark> marks = new LinkedHashMap<>();
        try {
            params.forEach((name, value) -> {
                if (name.startsWith(STATUS) && value != null && !value.isBlank()) {
                    Long enrollmentId = Long.valueOf(name.substring(STATUS.length()));
                    String reason = params.get(REASON + enrollmentId);
                    marks.put(enrollmentId, new Attendance.Mark(AttendanceStatus.valueOf(value),
                            reason == null || reason.isBlank() ? null : AbsenceReason.valueOf(reason),
                            params.get(NOTE + enrollmentId)));
                }
            });
        } catch (IllegalArgumentException notAChoice) {
            errors.reject("attendance.refused.invalid");
            return Map.of();
        }
        return marks;
    }

    /** The liaison's confirmation: JP delivered and a short note. */
    record ConfirmForm(@NotNull(message = "{confirm.error.jp}") Integer jpDelivered,
            @Size(max = 500, message = "{confirm.error.note}") String note) {
    }
}
