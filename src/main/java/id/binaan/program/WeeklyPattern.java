package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.binaan.shared.RuleViolation;

/** A weekly timetable: the given weekdays, from one date to another, at one time. */
record WeeklyPattern(Set<DayOfWeek> days, LocalTime start, LocalTime end, int jp, LocalDate from, LocalDate to) {

    /**
     * The dates this pattern gives {@code program}, days off set aside. Refused: times or dates out of order, a
     * period outside the program's dates, no date at all, or dates that clash with {@code existing} sessions.
     */
    Plan planFor(Program program, Map<LocalDate, String> daysOff, List<Session> existing) {
        RuleViolation.require(program.isSchedulable(), null, "session.error.notSchedulable", program.getStatus());
        RuleViolation.collect()
                .check(end.isAfter(start), "endTime", "session.error.endBeforeStart")
                .check(!to.isBefore(from), "to", "session.error.toBeforeFrom")
                .check(program.covers(from), "from", "session.error.outsideProgram")
                .check(program.covers(to), "to", "session.error.outsideProgram")
                .throwIfAny();
        Plan plan = plan(daysOff);
        RuleViolation.require(!plan.dates().isEmpty(), "days", "session.error.noSession");
        List<LocalDate> clashes = plan.dates().stream()
                .filter(date -> existing.stream().anyMatch(s -> s.overlaps(date, start, end))).toList();
        if (!clashes.isEmpty()) {
            throw new RuleViolation("startTime", "session.error.patternOverlap", clashes.size(), clashes.get(0));
        }
        return plan;
    }

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
