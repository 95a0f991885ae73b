package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DESIGN.md rule 6, the one version check, without Spring. */
class VersionedEntityTests {

    static final class Record extends VersionedEntity {
    }

    @Test
    void aFormFilledInAgainstAnotherVersionIsRefused() {
        Record record = new Record();
        assertThatCode(() -> record.requireVersion(0L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> record.requireVersion(1L)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> record.requireVersion(null)).as("a form without a version")
                .isInstanceOf(StaleRecordException.class);
    }
}
