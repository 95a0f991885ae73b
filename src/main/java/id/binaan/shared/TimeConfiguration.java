package id.binaan.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the local zone of the facility the work belongs to (WITA for Pangkep,
 * WIT for a facility in Jayapura); work of no one facility (a region, the nation, a liaison) uses
 * {@code binaan.zone}, the first facility's zone.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${binaan.zone:Asia/Makassar}") String zone, ObjectProvider<FacilityZones> zones) {
        ZoneId fallback = ZoneId.of(zone);
        return new FacilityClock(Clock.systemUTC(), () -> {
            Long facility = Scope.current().homeFacility();
            FacilityZones known = facility == null ? null : zones.getIfAvailable();
            return known == null ? fallback : known.zoneOf(facility).orElse(fallback);
        });
    }

    /** The system's instant, in the zone of the current work's facility. */
    static final class FacilityClock extends Clock {

        private final Clock base;
        private final Supplier<ZoneId> zone;

        FacilityClock(Clock base, Supplier<ZoneId> zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone.get();
        }

        @Override
        public Clock withZone(ZoneId other) {
            return base.withZone(other);
        }

        @Override
        public Instant instant() {
            return base.instant();
        }

        @Override
        public long millis() {
            return base.millis();
        }
    }
}
