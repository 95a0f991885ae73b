package id.binaan.enrollment;

import id.binaan.shared.Labelled;

/** What happened in one step of an enrollment's history. */
enum EnrollmentStep implements Labelled {
    /** Enrolled, as active or on the waiting list. */
    REQUESTED,
    /** A place freed up and the first on the waiting list moved in. */
    PROMOTED,
    /** Put ahead of the waiting list by staff, with a written reason. */
    PUT_FIRST,
    /** Withdrawn by hand, with a reason. */
    WITHDRAWN,
    /** Ended because the inmate was released or transferred. */
    DEPARTED,
    /** Completed, with an outcome. */
    COMPLETED;

    @Override
    public String labelKey() {
        return "enrollment.step." + name();
    }
}
