package id.binaan.enrollment;

import id.binaan.inmate.InmateReleased;
import id.binaan.inmate.InmateTransferred;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * DESIGN.md rule 3: a released or transferred inmate's open enrollments end with that reason,
 * in the same transaction as the release itself.
 */
@Component
class InmateDepartures {

    private final EnrollmentService enrollments;

    InmateDepartures(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @EventListener
    void released(InmateReleased event) {
        enrollments.endAllFor(actor(), event.inmateId(), EndReason.RELEASED, event.on());
    }

    @EventListener
    void transferred(InmateTransferred event) {
        enrollments.endAllFor(actor(), event.inmateId(), EndReason.TRANSFERRED, event.on());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
