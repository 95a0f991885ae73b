package id.binaan.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per client address, in memory and bounded (the least recently seen addresses are
 * forgotten first). After {@link Cooldown#FREE_FAILURES} failures the address waits a growing cooldown
 * that lifts by itself; a successful login from the address clears its count.
 */
final class AddressThrottle {

    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Entry> entries;

    AddressThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean isBlocked(String address) {
        Entry entry = entries.get(key(address));
        return entry != null && entry.blockedUntil != null && entry.blockedUntil.isAfter(clock.instant());
    }

    synchronized void failed(String address) {
        if (isBlocked(address)) {
            return;
        }
        Entry entry = entries.computeIfAbsent(key(address), k -> new Entry());
        entry.failures++;
        entry.blockedUntil = entry.failures >= Cooldown.FREE_FAILURES
                ? clock.instant().plus(Cooldown.after(entry.failures))
                : null;
    }

    synchronized void succeeded(String address) {
        entries.remove(key(address));
    }

    synchronized int size() {
        return entries.size();
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private static final class Entry {
        int failures;
        Instant blockedUntil;
    }
}
