package id.binaan.attendance;

import id.binaan.shared.Labelled;

public enum AttendanceStatus implements Labelled {
    PRESENT, EXCUSED, ABSENT;

    @Override
    public String labelKey() {
        return "attendance.status." + name();
    }
}
