package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AddressThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    private final AddressThrottle throttle = new AddressThrottle(clock, 3);

    @Test
    void theCooldownStartsAtTheTenthFailureGrowsAndIsCapped() {
        assertThat(Cooldown.after(9)).isZero();
        assertThat(Cooldown.after(10)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Cooldown.after(11)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Cooldown.after(12)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Cooldown.after(15)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Cooldown.after(16)).isEqualTo(Duration.ofMinutes(60));
        assertThat(Cooldown.after(500)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void anAddressIsHeldAfterTenFailuresAndReleasedByItself() {
        fail("10.0.0.1", 9);
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        fail("10.0.0.1", 1);
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();

        fail("10.0.0.1", 1);
        clock.advance(Duration.ofSeconds(119));
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }

    @Test
    void failuresDuringACooldownDoNotLengthenIt() {
        fail("10.0.0.1", 10);
        fail("10.0.0.1", 50);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessClearsTheAddressAndTheMapStaysBounded() {
        fail("10.0.0.1", 10);
        throttle.succeeded("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();

        fail("10.0.0.2", 1);
        fail("10.0.0.3", 1);
        fail("10.0.0.4", 1);
        fail("10.0.0.5", 1);
        assertThat(throttle.size()).isEqualTo(3);
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
