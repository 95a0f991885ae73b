package id.binaan.program;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WeeklyPatternTests {

    private static WeeklyPattern pattern(Set<DayOfWeek> days, String from, String to) {
        return new WeeklyPattern(days, LocalTime.of(8, 0), LocalTime.of(12, 0), 4, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void yieldsEveryChosenWeekdayInThePeriodIncludingBothEnds() {
        var plan = pattern(EnumSet.of(MONDAY, WEDNESDAY), "2026-11-30", "2026-12-14").plan(Map.of());
        assertThat(plan.dates()).extracting(LocalDate::toString)
                .containsExactly("2026-11-30", "2026-12-02", "2026-12-07", "2026-12-09", "2026-12-14");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void skipsHolidaysAndSaysWhy() {
        var plan = pattern(EnumSet.of(FRIDAY), "2026-12-18", "2027-01-01")
                .plan(Map.of(LocalDate.of(2026, 12, 25), "Kelahiran Yesus Kristus", LocalDate.of(2027, 1, 1), "Tahun Baru"));
        assertThat(plan.dates()).containsExactly(LocalDate.of(2026, 12, 18));
        assertThat(plan.skipped()).extracting(WeeklyPattern.SkippedDate::name)
                .containsExactly("Kelahiran Yesus Kristus", "Tahun Baru");
    }

    @Test
    void crossesMonthAndYearEnds() {
        var plan = pattern(EnumSet.of(WEDNESDAY), "2026-12-28", "2027-01-08").plan(Map.of());
        assertThat(plan.dates()).containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 6));
        var monthEnd = pattern(EnumSet.of(SUNDAY), "2027-01-30", "2027-02-01").plan(Map.of());
        assertThat(monthEnd.dates()).containsExactly(LocalDate.of(2027, 1, 31));
    }

    @Test
    void includesTheLeapDayOnlyInALeapYear() {
        // 29 February 2028 is a Tuesday; 2027 has no leap day, and its 1 March is a Monday.
        var leap = pattern(EnumSet.of(TUESDAY), "2028-02-26", "2028-03-07").plan(Map.of());
        assertThat(leap.dates()).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 7));
        var common = pattern(EnumSet.of(MONDAY, TUESDAY), "2027-02-27", "2027-03-02").plan(Map.of());
        assertThat(common.dates()).containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
    }

    @Test
    void yieldsNothingWhenNoChosenWeekdayFallsInThePeriodOrThePeriodIsBackwards() {
        assertThat(pattern(EnumSet.of(SUNDAY), "2026-12-01", "2026-12-05").plan(Map.of()).dates()).isEmpty();
        assertThat(pattern(EnumSet.of(MONDAY), "2026-12-14", "2026-12-01").plan(Map.of()).dates()).isEmpty();
        assertThat(pattern(EnumSet.of(MONDAY), "2026-12-07", "2026-12-07")
                .plan(Map.of(LocalDate.of(2026, 12, 7), "Libur")).dates()).isEmpty();
    }
}
