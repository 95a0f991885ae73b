package id.binaan.inmate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class InmateImportTests {

    private static final String HEADER = "No Registrasi;Nama;NIK;Tanggal Lahir;JK;Status Hukum;Pendidikan;Blok;Tanggal Masuk;Perkiraan Bebas\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMessyFileIsReportedThenOnlyItsValidRowsAreImportedAndAReimportUpdates() throws Exception {
        int year = 1900 + ThreadLocalRandom.current().nextInt(1, 99);
        int n = ThreadLocalRandom.current().nextInt(1000, 900_000);
        String text = HEADER
                + "B.I " + n + "/" + year + ";Ampa Daeng Rurung;;01/02/1980;L;NARAPIDANA;SD;Blok C;2025-01-05;2027-01-05\n"
                + "B.I " + (n + 1) + "/" + year + ";Bécce Daeng Sikki;7310;;P;NARAPIDANA;SMP;Blok W;2025-01-05;2027-01-05\n"
                + "b.i " + n + "/" + year + ";Ampa Daeng Rurung;;;L;NARAPIDANA;SD;Blok C;2025-01-05;2027-01-05\n"
                + "A.I " + n + "/" + year + ";Tahanan Tanpa Tanggal;;;L;TAHANAN;SD;Blok C;;\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        String report = upload(bytes);
        mvc.perform(get(report).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString("4 baris data, 1 siap diimpor, 3 bermasalah")))
                .andExpect(content().string(containsString("NIK harus 16 angka.")))
                .andExpect(content().string(containsString("Nomor registrasi ini sudah ada di baris 2 berkas yang sama.")))
                .andExpect(content().string(containsString("Bécce Daeng Sikki")))
                .andExpect(content().string(containsString("Impor hanya 1 baris yang benar")));
        assertThat(count(n, year)).as("nothing is written before the choice").isZero();

        runToTheEnd(report);
        assertThat(count(n, year)).isEqualTo(1);
        mvc.perform(get(report + "/progress").with(staff()))
                .andExpect(content().string(containsString("1 warga binaan baru, 0 diperbarui, 3 baris bermasalah dilewati")));

        String again = upload(bytes);
        runToTheEnd(again);
        assertThat(count(n, year)).as("re-importing never duplicates").isEqualTo(1);
        mvc.perform(get(again + "/progress").with(staff()))
                .andExpect(content().string(containsString("0 warga binaan baru, 1 diperbarui")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INMATES_IMPORTED' and details like ?",
                Integer.class, "impor.csv: 4 rows, 1 created%")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void choosingNothingWritesNothing() throws Exception {
        int year = 1900 + ThreadLocalRandom.current().nextInt(1, 99);
        String report = upload((HEADER + "A.III 77777/" + year + ";Lolo Daeng Bali;;;L;TAHANAN;SMA;Blok A;2026-01-01;\n")
                .getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(report + "/discard").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from inmate where registration_number = ?", Integer.class,
                "A.III 77777/" + year)).isZero();
        mvc.perform(get(report).with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void unusableFilesGetAMessageAndNeverA500() throws Exception {
        expectMessage(new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9}, "bukan teks CSV");
        expectMessage("nama;umur\nAndi;30\n".getBytes(StandardCharsets.UTF_8), "Kolom wajib yang tidak ada: registration_number");
        expectMessage(new byte[0], "Berkas ini kosong.");
        byte[] big = new byte[(int) InmateImportController.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        expectMessage(big, "lebih besar dari 10 MB");
        mvc.perform(multipart("/inmates/import").with(csrf()).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV")));
    }

    @Test
    void someoneElsesImportIsNotFound() throws Exception {
        String report = upload((HEADER + "A.I 1/2026;X Y;;;L;TAHANAN;SD;Blok A;2026-01-01;\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(report).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().isNotFound());
    }

    @Test
    void aUserMayHaveOnlyAFewImportsPendingAndIsToldSo() throws Exception {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor someone = user(TestUsers.principal(Role.STAFF, null, name));
        byte[] file = (HEADER + "A.I 5/2026;Baco Daeng Lira;;;L;TAHANAN;SD;Blok A;2026-01-01;\n").getBytes(StandardCharsets.UTF_8);
        String first = null;
        for (int i = 0; i < InmateImports.MAX_PENDING; i++) {
            String report = mvc.perform(multipart("/inmates/import").file(new MockMultipartFile("file", "impor.csv", "text/csv", file))
                    .with(csrf()).with(someone)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            first = first == null ? report : first;
        }
        mvc.perform(multipart("/inmates/import").file(new MockMultipartFile("file", "impor.csv", "text/csv", file))
                        .with(csrf()).with(someone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda sudah punya 3 impor yang menunggu atau berjalan")));
        assertThat(jdbc.queryForObject("select count(*) from inmate_import where owner = ? and state = 'READY'",
                Integer.class, name)).as("the refused upload left nothing behind").isEqualTo(InmateImports.MAX_PENDING);

        mvc.perform(post(first + "/discard").with(csrf()).with(someone)).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/inmates/import").file(new MockMultipartFile("file", "impor.csv", "text/csv", file))
                .with(csrf()).with(someone)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCheckedFileIsKeptInTheDatabaseNotInAnInstance() throws Exception {
        String report = upload((HEADER + "A.I 6/2026;Ince Daeng Ngona;;;L;TAHANAN;SD;Blok A;2026-01-01;\n")
                .getBytes(StandardCharsets.UTF_8));
        String id = report.substring(report.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select count(*) from inmate_import_row where import_id = cast(? as uuid)",
                Integer.class, id)).as("the valid rows wait in the database").isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from inmate_import where id = cast(? as uuid)", String.class, id))
                .isEqualTo("READY");
        runToTheEnd(report);
        assertThat(jdbc.queryForObject("select count(*) from inmate_import_row where import_id = cast(? as uuid)",
                Integer.class, id)).as("and are gone once imported").isZero();
    }

    @Test
    void twentyThousandRowsImportInTheBackground() throws Exception {
        StringBuilder text = new StringBuilder("registration_number,full_name,sex,legal_status,education,cell_block,admission_date,expected_release_date\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append("B.I ").append(i).append("/1901,Warga Uji Massal ").append(i)
                    .append(",L,NARAPIDANA,SD,Blok M,2025-03-01,2030-03-01\n");
        }
        String report = upload(text.toString().getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        runToTheEnd(report);
        assertThat(jdbc.queryForObject("select count(*) from inmate where registration_number like 'B.I %/1901'",
                Integer.class)).isEqualTo(20_000);
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds").isLessThan(60);
    }

    private String upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/inmates/import").file(new MockMultipartFile("file", "impor.csv", "text/csv", bytes))
                        .with(csrf()).with(staff()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private void expectMessage(byte[] bytes, String message) throws Exception {
        mvc.perform(multipart("/inmates/import").file(new MockMultipartFile("file", "x.csv", "text/csv", bytes))
                        .with(csrf()).with(staff()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(message)));
    }

    private void runToTheEnd(String report) throws Exception {
        mvc.perform(post(report + "/start").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
        for (int i = 0; i < 600; i++) {
            String page = mvc.perform(get(report + "/progress").with(staff())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!page.contains("data-refresh-seconds")) {
                assertThat(page).contains("Impor selesai");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private int count(int n, int year) {
        return jdbc.queryForObject("select count(*) from inmate where registration_number in (?, ?, ?)", Integer.class,
                "B.I " + n + "/" + year, "B.I " + (n + 1) + "/" + year, "A.I " + n + "/" + year);
    }

    private static RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }
}
