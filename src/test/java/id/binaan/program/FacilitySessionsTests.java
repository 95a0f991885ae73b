package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.binaan.facility.Facilities.FacilityInfo;
import id.binaan.facility.FacilityType;

/** How a liaison's sessions are grouped: by facility, each with its zone; no heading while there is one facility. */
class FacilitySessionsTests {

    static final FacilityInfo PANGKEP = new FacilityInfo(1L, "RUTAN-PANGKEP", "Rutan Kelas IIB Pangkep",
            FacilityType.RUTAN, 1L, "Sulawesi Selatan", ZoneId.of("Asia/Makassar"), null, null);
    static final FacilityInfo JAYAPURA = new FacilityInfo(2L, "LAPAS-JAYAPURA", "Lapas Kelas IIA Jayapura",
            FacilityType.LAPAS, 2L, "Papua", ZoneId.of("Asia/Jayapura"), null, null);
    static final Map<Long, FacilityInfo> BY_ID = Map.of(1L, PANGKEP, 2L, JAYAPURA);

    @Test
    void withOneFacilityThereIsOneGroupWithoutAHeadingButWithItsZone() {
        List<SessionRow> rows = List.of(row(10, 1L, 1), row(11, 1L, 2));
        List<FacilitySessions> groups = FacilitySessions.of(rows, true, BY_ID::get);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.facilityName()).isNull();
            assertThat(g.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
            assertThat(g.sessions()).extracting(SessionRow::id).containsExactly(10L, 11L);
        });
    }

    @Test
    void withSeveralFacilitiesEachHasItsGroupByNameKeepingTheDateOrder() {
        List<SessionRow> rows = List.of(row(10, 2L, 1), row(11, 1L, 2), row(12, 2L, 3));
        List<FacilitySessions> groups = FacilitySessions.of(rows, false, BY_ID::get);
        assertThat(groups).extracting(FacilitySessions::facilityName)
                .containsExactly("Lapas Kelas IIA Jayapura", "Rutan Kelas IIB Pangkep");
        assertThat(groups.get(0).zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(groups.get(0).sessions()).extracting(SessionRow::id).containsExactly(10L, 12L);
        assertThat(groups.get(1).sessions()).extracting(SessionRow::id).containsExactly(11L);
    }

    @Test
    void noSessionsMakeOneEmptyGroup() {
        assertThat(FacilitySessions.of(List.of(), true, BY_ID::get)).singleElement()
                .satisfies(g -> assertThat(g.sessions()).isEmpty());
        assertThat(FacilitySessions.of(List.of(), false, BY_ID::get)).isEmpty();
    }

    private static SessionRow row(long id, Long facility, int day) {
        return new SessionRow(id, 5L, "Las", ProgramKind.TRAINING, 7L, LocalDate.of(2026, 12, day), LocalTime.of(8, 0),
                LocalTime.of(10, 0), null, 2, SessionStatus.SCHEDULED, "Bengkel", "Instruktur", facility);
    }
}
