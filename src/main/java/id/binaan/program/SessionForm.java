package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** One session to add, or a new date and time for one (then {@code version} is the session's). */
class SessionForm {

    private long version;
    @NotNull(message = "{session.error.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotNull(message = "{session.error.startTime}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;
    @NotNull(message = "{session.error.endTime}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;
    @Size(max = 200, message = "{program.error.tooLong}")
    private String topic;
    @NotNull(message = "{session.error.jp}")
    @Min(value = 1, message = "{session.error.jp}")
    @Max(value = 20, message = "{session.error.jp}")
    private Integer jp = 4;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Integer getJp() { return jp; }
    public void setJp(Integer jp) { this.jp = jp; }
}
