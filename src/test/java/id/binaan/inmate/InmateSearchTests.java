package id.binaan.inmate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search on PostgreSQL: partial words in any order, filters, and keyset pages both ways. */
@SpringBootTest
class InmateSearchTests {

    @Autowired
    InmateSearch search;
    @Autowired
    Inmates inmates;

    @Test
    void findsAnyWordOrPartOfItInAnyOrderAndByRegistrationNumber() {
        String clan = "Kl" + UUID.randomUUID().toString().substring(0, 8);
        Long id = inmates.ensure("test", InmateFixtures.narapidana("Andi " + clan + " Daeng Ngalle"));
        String number = inmates.find(id).orElseThrow().registrationNumber();

        assertThat(names(query("ngalle " + clan.substring(1).toUpperCase(), InmateSort.NAME, 20, null, null)))
                .containsExactly("Andi " + clan + " Daeng Ngalle");
        assertThat(search.page(query(number.toLowerCase(), InmateSort.NAME, 20, null, null)).rows())
                .extracting(InmateRow::id).containsExactly(id);
        assertThat(search.page(query(clan + " tidakada", InmateSort.NAME, 20, null, null)).total()).isZero();
        assertThat(inmates.search(clan, 5)).extracting(InmateSummary::id).containsExactly(id);
    }

    @Test
    void keysetPagesWalkForwardAndBackWithoutGapsOrRepeats() {
        String clan = "Ks" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            inmates.ensure("test", new InmateDetails(InmateFixtures.uniqueNumber("B.I"), "Warga " + clan + " " + (char) ('G' - i),
                    null, null, Sex.MALE, LegalStatus.NARAPIDANA, Education.SD, "Blok K", LocalDate.of(2025, 1, 1 + i),
                    LocalDate.of(2027, 1, 1)));
        }
        for (InmateSort sort : InmateSort.values()) {
            List<Long> all = search.page(query(clan, sort, 100, null, null)).rows().stream().map(InmateRow::id).toList();
            assertThat(all).hasSize(7);
            List<Long> walked = new ArrayList<>();
            InmatePage page = search.page(query(clan, sort, 3, null, null));
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.hasPrevious()).isFalse();
            walked.addAll(page.rows().stream().map(InmateRow::id).toList());
            while (page.hasNext()) {
                page = search.page(query(clan, sort, 3, cursor(page.last()), null));
                walked.addAll(page.rows().stream().map(InmateRow::id).toList());
            }
            assertThat(walked).as(sort.name()).isEqualTo(all);
            InmatePage back = search.page(query(clan, sort, 3, null, cursor(page.first())));
            assertThat(back.rows()).extracting(InmateRow::id).isEqualTo(all.subList(3, 6));
            assertThat(back.hasPrevious()).isTrue();
        }
        assertThat(names(query(clan, InmateSort.NAME, 2, null, null))).containsExactly("Warga " + clan + " A",
                "Warga " + clan + " B");
    }

    private static InmateQuery.Cursor cursor(InmateRow row) {
        return new InmateQuery.Cursor(row.sortKey(), row.id());
    }

    private static InmateQuery query(String term, InmateSort sort, int size, InmateQuery.Cursor after,
            InmateQuery.Cursor before) {
        return new InmateQuery(term, null, null, null, sort, size, after, before);
    }

    private List<String> names(InmateQuery query) {
        return search.page(query).rows().stream().map(InmateRow::fullName).toList();
    }
}
