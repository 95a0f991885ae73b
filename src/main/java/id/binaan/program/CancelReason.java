package id.binaan.program;

enum CancelReason {
    INSTRUCTOR_UNAVAILABLE, LOCKDOWN, HOLIDAY, OTHER
}
