package id.binaan.facility;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import id.binaan.shared.FacilityZones;

/**
 * The facilities and regions of this Binaan, read by every module (facilities are not facility-owned records:
 * anyone may know their names). Kept in memory and read again after every change made here.
 */
@Service
public class Facilities implements FacilityZones {

    /** A facility (UPT) as the other modules see it. */
    public record FacilityInfo(Long id, String code, String name, FacilityType type, Long regionId, String regionName,
            ZoneId zone, String headName, String headNip) {
    }

    public record RegionInfo(Long id, String name) {
    }

    private final JdbcTemplate jdbc;
    private volatile Map<Long, FacilityInfo> byId;
    private volatile Map<Long, RegionInfo> regions;

    Facilities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every facility, by region then name. */
    public List<FacilityInfo> all() {
        return facilities().values().stream()
                .sorted(java.util.Comparator.comparing(FacilityInfo::regionName).thenComparing(FacilityInfo::name))
                .toList();
    }

    public Optional<FacilityInfo> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(facilities().get(id));
    }

    public FacilityInfo get(Long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No facility " + id));
    }

    /** The first facility made (the one a single-facility install knows). */
    public FacilityInfo first() {
        return facilities().values().stream().min(java.util.Comparator.comparing(FacilityInfo::id)).orElseThrow();
    }

    /** Whether this Binaan knows one facility only: then no page shows a facility column or picker. */
    public boolean single() {
        return facilities().size() <= 1;
    }

    public List<RegionInfo> regions() {
        return regionsById().values().stream().sorted(java.util.Comparator.comparing(RegionInfo::name)).toList();
    }

    public Optional<RegionInfo> region(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(regionsById().get(id));
    }

    /** The ids of a region's facilities. */
    public List<Long> facilitiesOf(Long regionId) {
        return facilities().values().stream().filter(f -> f.regionId().equals(regionId)).map(FacilityInfo::id)
                .sorted().toList();
    }

    @Override
    public Optional<ZoneId> zoneOf(Long facilityId) {
        return find(facilityId).map(FacilityInfo::zone);
    }

    /** Forgets what was read, after a change. */
    void changed() {
        byId = null;
        regions = null;
    }

    private Map<Long, FacilityInfo> facilities() {
        Map<Long, FacilityInfo> known = byId;
        if (known == null) {
            Map<Long, RegionInfo> r = regionsById();
            known = jdbc.query("select id, code, name, type, region_id, zone, head_name, head_nip from facility",
                    (rs, i) -> new FacilityInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                            FacilityType.valueOf(rs.getString(4)), rs.getLong(5),
                            r.containsKey(rs.getLong(5)) ? r.get(rs.getLong(5)).name() : "",
                            ZoneId.of(rs.getString(6)), rs.getString(7), rs.getString(8)))
                    .stream().collect(Collectors.toUnmodifiableMap(FacilityInfo::id, Function.identity()));
            byId = new ConcurrentHashMap<>(known);
        }
        return known;
    }

    private Map<Long, RegionInfo> regionsById() {
        Map<Long, RegionInfo> known = regions;
        if (known == null) {
            known = jdbc.query("select id, name from region", (rs, i) -> new RegionInfo(rs.getLong(1), rs.getString(2)))
                    .stream().collect(Collectors.toUnmodifiableMap(RegionInfo::id, Function.identity()));
            regions = known;
        }
        return known;
    }
}
