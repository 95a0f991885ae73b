package id.binaan.attendance;

public enum AttendanceStatus {
    PRESENT, EXCUSED, ABSENT
}
