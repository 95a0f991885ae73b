package id.binaan.shared;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The colour of a status badge, by what the status means to the reader: done and well (green), waiting or excused
 * (yellow), under way or planned (blue or grey), stopped or missed (red or dark). The badge always carries the
 * label in words as well; colour alone says nothing to a screen reader or on a grey printout.
 */
@Component("badges")
public class Badges {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("SCHEDULED", "text-bg-light border"), Map.entry("HELD", "text-bg-success"),
            Map.entry("CANCELLED", "text-bg-danger"), Map.entry("PLANNED", "text-bg-light border"),
            Map.entry("OPEN", "text-bg-info"), Map.entry("RUNNING", "text-bg-primary"),
            Map.entry("COMPLETED", "text-bg-success"), Map.entry("ACTIVE", "text-bg-primary"),
            Map.entry("WAITLISTED", "text-bg-warning"), Map.entry("WITHDRAWN", "text-bg-secondary"),
            Map.entry("RELEASED", "text-bg-secondary"), Map.entry("TRANSFERRED", "text-bg-secondary"),
            Map.entry("PRESENT", "text-bg-success"), Map.entry("EXCUSED", "text-bg-warning"),
            Map.entry("ABSENT", "text-bg-danger"), Map.entry("VALID", "text-bg-success"),
            Map.entry("EXPIRING", "text-bg-warning"), Map.entry("EXPIRED", "text-bg-danger"),
            Map.entry("NOT_YET_VALID", "text-bg-info"));

    public String of(Enum<?> status) {
        return status == null ? "" : COLOURS.getOrDefault(status.name(), "text-bg-secondary");
    }
}
