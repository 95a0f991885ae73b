package id.binaan.enrollment;

import java.time.Clock;
import java.util.Locale;

import id.binaan.audit.AuditLog;
import id.binaan.shared.Labelled;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes each step of an enrollment twice in the same transaction: in its history, and in the audit log in words
 * (before → after, what happened, why), never codes (DESIGN.md rule 7).
 */
@Component
class EnrollmentHistory {

    private static final Locale AUDIT_LOCALE = Locale.forLanguageTag("id");

    private final EnrollmentEventRepository events;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    EnrollmentHistory(EnrollmentEventRepository events, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.events = events;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    void record(String actor, Enrollment enrollment, EnrollmentStatus from, EnrollmentStep step, String note) {
        EndReason endReason = step == EnrollmentStep.COMPLETED ? null : enrollment.getEndReason();
        events.save(new EnrollmentEvent(enrollment.getId(), clock.instant(), actor, from, enrollment.getStatus(), step,
                endReason, enrollment.getOutcome(), note));
        StringBuilder details = new StringBuilder("program=" + enrollment.getProgramId() + ", inmate="
                + enrollment.getInmateId() + ": ");
        if (from != null) {
            details.append(label(from)).append(" → ");
        }
        details.append(label(enrollment.getStatus())).append(" (").append(label(step));
        if (endReason != null) {
            details.append(": ").append(label(endReason));
        }
        if (enrollment.getOutcome() != null) {
            details.append(": ").append(label(enrollment.getOutcome()));
        }
        details.append(')');
        if (note != null) {
            details.append("; alasan: ").append(note);
        }
        auditLog.record(actor, "ENROLLMENT_" + enrollment.getStatus(), "Enrollment", enrollment.getId(),
                details.toString());
    }

    private String label(Labelled value) {
        return messages.getMessage(value, AUDIT_LOCALE);
    }
}
