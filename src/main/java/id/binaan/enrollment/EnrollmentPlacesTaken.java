package id.binaan.enrollment;

import id.binaan.program.PlacesTaken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the program module how many of a program's places are taken. */
@Component
class EnrollmentPlacesTaken implements PlacesTaken {

    private final EnrollmentRepository enrollments;

    EnrollmentPlacesTaken(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    @Transactional(readOnly = true)
    public long placesTaken(Long programId) {
        return enrollments.countByProgramIdAndStatus(programId, EnrollmentStatus.ACTIVE);
    }
}
