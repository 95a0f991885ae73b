package id.binaan.program;

/** How many places of a program are taken; implemented by the module that keeps enrollments. */
public interface PlacesTaken {

    long placesTaken(Long programId);
}
