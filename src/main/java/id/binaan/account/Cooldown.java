package id.binaan.account;

import java.time.Duration;

/** How long logins wait after repeated failures: none before 10, then 1, 2, 4 … minutes, at most 60. */
final class Cooldown {

    static final int FREE_FAILURES = 10;
    static final long MAX_MINUTES = 60;

    private Cooldown() {
    }

    static Duration after(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 6);
        return Duration.ofMinutes(Math.min(MAX_MINUTES, 1L << doublings));
    }
}
