package id.binaan.enrollment;

import id.binaan.program.ProgramCapacityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** DESIGN.md rule 1: a program's changed capacity takes effect on its places in the same transaction. */
@Component
class CapacityChanges {

    private final EnrollmentService enrollments;

    CapacityChanges(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @EventListener
    void changed(ProgramCapacityChanged event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        enrollments.capacityChanged(authentication == null ? "system" : authentication.getName(), event.programId(),
                event.capacity());
    }
}
