package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A weekly timetable: the given weekdays, from one date to another, at one time. */
record WeeklyPattern(Set<DayOfWeek> days, LocalTime start, LocalTime end, int jp, LocalDate from, LocalDate to) {

    /** The dates the pattern yields, with those listed in {@code holidays} (date → name) set aside. */
    Plan plan(Map<LocalDate, String> holidays) {
        List<LocalDate> dates = new ArrayList<>();
        List<SkippedDate> skipped = new ArrayList<>();
        if (from == null || to == null || days == null || from.isAfter(to)) {
            return new Plan(dates, skipped);
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            if (holidays.containsKey(day)) {
                skipped.add(new SkippedDate(day, holidays.get(day)));
            } else {
                dates.add(day);
            }
        }
        return new Plan(List.copyOf(dates), List.copyOf(skipped));
    }

    record Plan(List<LocalDate> dates, List<SkippedDate> skipped) {
    }

    record SkippedDate(LocalDate date, String name) {
    }
}
