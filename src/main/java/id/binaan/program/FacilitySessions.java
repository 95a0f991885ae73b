package id.binaan.program;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.binaan.facility.Facilities.FacilityInfo;

/**
 * A liaison's sessions at one facility, under that facility's name and time zone (a session's times are its
 * facility's local time). While this Binaan has one facility there is one group without a name: no heading.
 */
record FacilitySessions(String facilityName, ZoneId zone, List<SessionRow> sessions) {

    /** The rows by facility, facilities by name, each keeping the rows' order. */
    static List<FacilitySessions> of(List<SessionRow> rows, boolean single, Function<Long, FacilityInfo> facility) {
        if (single) {
            ZoneId zone = rows.isEmpty() ? null : facility.apply(rows.get(0).facilityId()).zone();
            return List.of(new FacilitySessions(null, zone, rows));
        }
        Map<Long, List<SessionRow>> byFacility = new LinkedHashMap<>();
        rows.forEach(row -> byFacility.computeIfAbsent(row.facilityId(), id -> new ArrayList<>()).add(row));
        return byFacility.entrySet().stream().map(e -> {
            FacilityInfo info = facility.apply(e.getKey());
            return new FacilitySessions(info.name(), info.zone(), List.copyOf(e.getValue()));
        }).sorted(Comparator.comparing(FacilitySessions::facilityName)).toList();
    }
}
