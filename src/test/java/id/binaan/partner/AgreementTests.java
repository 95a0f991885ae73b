package id.binaan.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The expiry flag: an agreement ending within 60 days, or already ended, needs attention. */
class AgreementTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Agreement endingOn(LocalDate validUntil) {
        return new Agreement(null, "PKS/1", "Pelatihan", AgreementScope.TRAINING, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 1), validUntil);
    }

    @Test
    void endingInSixtyOneDaysIsInForceAndNotFlagged() {
        AgreementStatus status = endingOn(TODAY.plusDays(61)).statusOn(TODAY);
        assertThat(status).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(status.isFlagged()).isFalse();
    }

    @Test
    void endingInExactlySixtyDaysIsFlaggedAsExpiring() {
        assertThat(endingOn(TODAY.plusDays(60)).statusOn(TODAY)).isEqualTo(AgreementStatus.EXPIRING);
        assertThat(endingOn(TODAY.plusDays(60)).statusOn(TODAY).isFlagged()).isTrue();
    }

    @Test
    void endingTodayIsStillValidButExpiring() {
        assertThat(endingOn(TODAY).statusOn(TODAY)).isEqualTo(AgreementStatus.EXPIRING);
    }

    @Test
    void endedYesterdayIsExpiredAndFlagged() {
        AgreementStatus status = endingOn(TODAY.minusDays(1)).statusOn(TODAY);
        assertThat(status).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(status.isFlagged()).isTrue();
    }

    @Test
    void oneThatStartsNextYearIsNotYetInForceAndNotFlagged() {
        Agreement next = new Agreement(null, "PKS/2", "Pelatihan", AgreementScope.TRAINING, TODAY,
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        assertThat(next.statusOn(TODAY)).isEqualTo(AgreementStatus.NOT_YET_IN_FORCE);
        assertThat(next.statusOn(TODAY).isFlagged()).isFalse();
        assertThat(next.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void anAgreementMustEndAfterItStarts() {
        for (LocalDate until : new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31)}) {
            assertThatThrownBy(() -> endingOn(until)).isInstanceOfSatisfying(id.binaan.shared.RuleViolation.class, v -> {
                assertThat(v.field()).isEqualTo("validUntil");
                assertThat(v.messageKey()).isEqualTo("partner.agreement.validUntil.beforeFrom");
            });
        }
        assertThat(endingOn(LocalDate.of(2026, 1, 2)).getValidUntil()).isEqualTo(LocalDate.of(2026, 1, 2));
    }
}
