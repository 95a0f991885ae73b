package id.binaan.shared;

import java.time.ZoneId;
import java.util.Optional;

/** The time zone of each facility (its sessions' dates and times are local to it). */
public interface FacilityZones {

    Optional<ZoneId> zoneOf(Long facilityId);
}
