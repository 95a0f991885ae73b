package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A weekly pattern as typed: weekdays, times, JP, period, topic and extra days off. */
class PatternForm {

    @NotEmpty(message = "{session.error.days}")
    private List<DayOfWeek> days = new ArrayList<>();
    @NotNull(message = "{session.error.startTime}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;
    @NotNull(message = "{session.error.endTime}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;
    @NotNull(message = "{session.error.jp}")
    @Min(value = 1, message = "{session.error.jp}")
    @Max(value = 20, message = "{session.error.jp}")
    private Integer jp = 4;
    @NotNull(message = "{session.error.from}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @NotNull(message = "{session.error.to}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String topic;
    @Size(max = 2000, message = "{program.error.tooLong}")
    private String extraDaysOff = "";

    WeeklyPattern pattern() {
        Set<DayOfWeek> set = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        return new WeeklyPattern(set, startTime, endTime, jp == null ? 0 : jp, from, to);
    }

    /** The extra days off, one ISO date per line or separated by commas; null when one cannot be read. */
    List<LocalDate> extraDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : (extraDaysOff == null ? "" : extraDaysOff).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return dates;
    }

    public List<DayOfWeek> getDays() { return days; }
    public void setDays(List<DayOfWeek> days) { this.days = days == null ? new ArrayList<>() : days; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public Integer getJp() { return jp; }
    public void setJp(Integer jp) { this.jp = jp; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getExtraDaysOff() { return extraDaysOff; }
    public void setExtraDaysOff(String extraDaysOff) { this.extraDaysOff = extraDaysOff; }
}
