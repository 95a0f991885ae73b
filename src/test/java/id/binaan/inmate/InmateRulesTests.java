package id.binaan.inmate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InmateRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static InmateDetails details(String number, LegalStatus legal, LocalDate admission, LocalDate release) {
        return new InmateDetails(number, "Andi Baso Tenri", null, LocalDate.of(1990, 5, 1), Sex.MALE, legal,
                Education.SMP, "Blok A", admission, release);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A.I 12/2026     | A.I 12/2026
            a.i 12/2026     | A.I 12/2026
            A.V 3/2025      | A.V 3/2025
            B.I 123/2026    | B.I 123/2026
            b.iia 7/2025    | B.IIa 7/2025
            B.IIB 0045/2024 | B.IIb 45/2024
            B.III 9/2026    | B.III 9/2026
            ' A . II  5 / 2026 ' | A.II 5/2026
            """)
    void acceptsTheRegisterFormsAndStoresOneSpelling(String typed, String canonical) {
        assertThat(RegistrationNumber.normalize(typed)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12/2026", "C.I 12/2026", "A.IIa 12/2026", "B.IV 1/2026", "B.I 12/26", "B.I12/2026",
            "B.I 0/2026", "A.I 12-2026", "B.I 1234567/2026"})
    void refusesAnythingElse(String typed) {
        assertThat(RegistrationNumber.normalize(typed)).isEmpty();
    }

    @Test
    void theRegisterLetterMustMatchTheLegalStatus() {
        assertThat(problems(details("A.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(3), TODAY.plusYears(1))))
                .containsExactly("legalStatus=inmate.error.legalStatus.register");
        assertThat(problems(details("B.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(3), TODAY.plusYears(1))))
                .isEmpty();
    }

    @Test
    void datesMustBeInOrder() {
        assertThat(problems(details("B.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(3), TODAY.minusDays(3))))
                .containsExactly("expectedReleaseDate=inmate.error.expectedReleaseDate.beforeAdmission");
        assertThat(problems(details("A.I 1/2026", LegalStatus.TAHANAN, TODAY.plusDays(1), null)))
                .containsExactly("admissionDate=inmate.error.admissionDate.future");
        assertThat(problems(details("B.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(3), null)))
                .as("a narapidana has a sentence, so an expected release")
                .containsExactly("expectedReleaseDate=inmate.error.expectedReleaseDate.required");
        assertThat(problems(details("A.I 1/2026", LegalStatus.TAHANAN, TODAY.minusDays(3), null))).isEmpty();
    }

    @Test
    void nikHasSixteenDigits() {
        InmateDetails d = details("A.I 1/2026", LegalStatus.TAHANAN, TODAY.minusDays(3), null);
        InmateDetails shortNik = new InmateDetails(d.registrationNumber(), d.fullName(), "73100112345", d.birthDate(),
                d.sex(), d.legalStatus(), d.education(), d.cellBlock(), d.admissionDate(), null);
        assertThat(problems(shortNik)).containsExactly("nik=inmate.error.nik.form");
    }

    @Test
    void releaseAndTransferOnlyFromActiveAndNotBeforeAdmission() {
        Inmate inmate = new Inmate(details("B.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(30), TODAY.plusYears(1)));
        refused(() -> inmate.release(TODAY.minusDays(31), ReleaseType.BEBAS_MURNI, TODAY), "date",
                "inmate.error.date.beforeAdmission");
        assertThat(inmate.getStatus()).isEqualTo(InmateStatus.ACTIVE);

        inmate.release(TODAY, ReleaseType.PEMBEBASAN_BERSYARAT, TODAY);
        assertThat(inmate.getStatus()).isEqualTo(InmateStatus.RELEASED);
        assertThat(inmate.getStatusDate()).isEqualTo(TODAY);
        assertThat(inmate.getReleaseType()).isEqualTo(ReleaseType.PEMBEBASAN_BERSYARAT);
        refused(() -> inmate.transfer(TODAY, "Lapas Kelas I Makassar", TODAY), null, "inmate.error.notActive");
        refused(() -> inmate.release(TODAY, ReleaseType.BEBAS_MURNI, TODAY), null, "inmate.error.notActive");
    }

    @Test
    void aReleaseIsNotDatedInTheFutureAndSaysWhatKindItIs() {
        Inmate inmate = new Inmate(details("B.I 1/2026", LegalStatus.NARAPIDANA, TODAY.minusDays(30), TODAY.plusYears(1)));
        refused(() -> inmate.release(TODAY.plusDays(48), ReleaseType.BEBAS_MURNI, TODAY), "date",
                "inmate.error.date.future");
        refused(() -> inmate.release(TODAY, null, TODAY), "releaseType", "inmate.error.releaseType.required");
        refused(() -> inmate.transfer(TODAY.plusDays(1), "Lapas Kelas I Makassar", TODAY), "date",
                "inmate.error.date.future");
        assertThat(inmate.getStatus()).isEqualTo(InmateStatus.ACTIVE);
        assertThat(inmate.getStatusDate()).isNull();
    }

    @Test
    void aTransferNamesWhereTo() {
        Inmate inmate = new Inmate(details("A.II 4/2026", LegalStatus.TAHANAN, TODAY.minusDays(30), null));
        refused(() -> inmate.transfer(TODAY, " ", TODAY), "destination", "inmate.error.destination.required");
        inmate.transfer(TODAY.minusDays(30), " Lapas Kelas I Makassar ", TODAY);
        assertThat(inmate.getStatus()).isEqualTo(InmateStatus.TRANSFERRED);
        assertThat(inmate.getTransferDestination()).isEqualTo("Lapas Kelas I Makassar");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String field, String key) {
        assertThatThrownBy(change).isInstanceOfSatisfying(id.binaan.shared.RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void sexAcceptsTheIndonesianLetters() {
        assertThat(Sex.parse("l")).isEqualTo(Sex.MALE);
        assertThat(Sex.parse("P")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.parse("X")).isNull();
    }

    private static List<String> problems(InmateDetails d) {
        List<String> found = new ArrayList<>();
        InmateRules.check(d, TODAY, (field, code) -> found.add(field + "=" + code));
        return found;
    }
}
