package id.binaan.inmate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InmateCsvTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void readsAMessyWindows1252SemicolonFileRowByRowReportingEveryProblemOfARowAtOnce() {
        String text = """
                No Registrasi;Nama;NIK;Tanggal Lahir;JK;Status Hukum;Pendidikan;Blok;Tanggal Masuk;Perkiraan Bebas;Catatan
                a.i 12/2026;Andi Baso Tenri;;12/03/1995;L;tahanan;SMP;Blok A;14/09/2026;;ok
                B.I 123/2026;Muhammad Arif Daeng Ngalle;123;1988-07-01;L;NARAPIDANA;S1;Blok B;2026-02-03;2029-08-03;
                B.I 124/2026;Bébé Ngasseng;;;X;NARAPIDANA;SD;Blok B;kemarin;2029-08-03;
                A.I 12/2026;Andi Baso Tenri;;;L;TAHANAN;SMP;Blok A;2026-09-14;;again
                A.II 5/2026;  ;;;P;NARAPIDANA;SD;Blok W;2026-09-14;;
                """;
        ImportFile file = InmateCsv.read(text.getBytes(Charset.forName("windows-1252")), TODAY);

        assertThat(file.usable()).isTrue();
        assertThat(file.charset()).isEqualTo("Windows-1252");
        assertThat(file.separator()).isEqualTo(";");
        assertThat(file.rows()).isEqualTo(5);
        assertThat(file.preview().get(2).get(1)).isEqualTo("Bébé Ngasseng");
        assertThat(file.valid()).extracting(r -> r.details().registrationNumber()).containsExactly("A.I 12/2026");
        assertThat(file.valid().get(0).details().birthDate()).isEqualTo(LocalDate.of(1995, 3, 12));
        assertThat(file.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code()).containsExactly(
                "3 nik inmate.error.nik.form",
                "4 sex inmate.import.row.choice",
                "4 admission_date inmate.import.row.date",
                "5 registration_number inmate.import.row.duplicate",
                "6 full_name inmate.import.row.required",
                "6 legal_status inmate.error.legalStatus.register",
                "6 expected_release_date inmate.error.expectedReleaseDate.required");
    }

    @Test
    void aUtf8FileWithBomAndCommasIsReadAsUtf8() {
        String text = "\uFEFFregistration_number,full_name,sex,legal_status,education,cell_block,admission_date\n"
                + "\"B.IIb 3/2026\",\"Sitti Bébé, Daeng Tene\",P,NARAPIDANA,PAKET_A,Blok Wanita,2026-10-01\n";
        ImportFile file = InmateCsv.read(text.getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(file.charset()).isEqualTo("UTF-8");
        assertThat(file.problems()).extracting(ImportProblem::code)
                .containsExactly("inmate.error.expectedReleaseDate.required");
    }

    @Test
    void unusableFilesGetAMessageNotAnException() {
        assertThat(InmateCsv.read(new byte[0], TODAY).error()).isEqualTo("inmate.import.error.empty");
        assertThat(InmateCsv.read(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, TODAY).error())
                .isEqualTo("inmate.import.error.binary");
        ImportFile wrongHeader = InmateCsv.read("nama,umur\nAndi,30\n".getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(wrongHeader.error()).isEqualTo("inmate.import.error.header");
        assertThat(wrongHeader.errorArg()).contains("registration_number").doesNotContain("full_name");
        assertThat(InmateCsv.read("registration_number,full_name,sex,legal_status,education,cell_block,admission_date\n\"A.I 1/2026,x\n"
                .getBytes(StandardCharsets.UTF_8), TODAY).error()).isEqualTo("inmate.import.error.unreadable");
    }
}
