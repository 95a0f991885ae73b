package id.binaan.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * The public certificate check, per client address: at most {@link #CHECKS_PER_MINUTE} checks a minute (a person
 * typing codes from paper needs far fewer; a script guessing needs far more), a token bucket from Bucket4j; and codes
 * that match nothing recorded in the audit log once per address per {@link #AUDIT_WINDOW}, with how many there were,
 * instead of one append-only row per guess. Addresses are kept in memory, the least recently seen forgotten first.
 */
@Component
class VerificationLimits {

    static final int CHECKS_PER_MINUTE = 10;
    static final Duration AUDIT_WINDOW = Duration.ofMinutes(10);
    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Address> addresses = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Address> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    VerificationLimits(Clock clock) {
        this.clock = clock;
    }

    /** Whether that address may check a code now. */
    boolean tryCheck(String address) {
        return address(address).bucket.tryConsume(1);
    }

    /**
     * Counts a code that matched nothing; answers how many to record now (this one and those not yet recorded) when
     * the address's audit window has passed, otherwise 0.
     */
    synchronized int failed(String address) {
        Address entry = address(address);
        entry.unrecorded++;
        Instant now = clock.instant();
        if (entry.recordedAt != null && Duration.between(entry.recordedAt, now).compareTo(AUDIT_WINDOW) < 0) {
            return 0;
        }
        int count = entry.unrecorded;
        entry.unrecorded = 0;
        entry.recordedAt = now;
        return count;
    }

    private synchronized Address address(String address) {
        return addresses.computeIfAbsent(address == null ? "" : address, key -> new Address());
    }

    private static final class Address {
        final Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(CHECKS_PER_MINUTE).refillGreedy(CHECKS_PER_MINUTE, Duration.ofMinutes(1)).build())
                .build();
        Instant recordedAt;
        int unrecorded;
    }
}
