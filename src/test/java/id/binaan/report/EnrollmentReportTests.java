package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.AttendanceTotals;
import id.binaan.enrollment.EndReason;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Outcome;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;

/** The CSV enrollment report, parsed back with Commons CSV. */
@SpringBootTest
@AutoConfigureMockMvc
class EnrollmentReportTests {

    static final String TRICKY_NAME = "Daeng, \"Si Las\" Baso";

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @MockitoBean AttendanceTotals attendance;

    ReportFixtures given;
    Long partner;
    Long training;
    Long equivalency;
    String trainingTitle;

    @BeforeEach
    void setUp() {
        org.mockito.Mockito.when(attendance.tally(org.mockito.ArgumentMatchers.anyLong()))
                .thenReturn(new AttendanceTotals.Tally(10, 10, 40, 0, 40, 40, java.math.BigDecimal.valueOf(1000, 1)));
        given = new ReportFixtures(inmates, programs, partners, clock);
        partner = given.partner();
        trainingTitle = "Las Listrik\nAngkatan " + given.next();
        training = given.training(partner, trainingTitle);
        equivalency = given.equivalencyClass(partner, "Paket B " + given.next());
    }

    @Test
    void csvHoldsTheDesignColumnsCodesAndSafeCells() throws Exception {
        Long tricky = given.inmate(TRICKY_NAME + " " + given.next());
        Long formula = given.inmate("=HYPERLINK(\"http://x\") " + given.next());
        Long graduate = given.pupil("Lulusan Paket " + given.next());
        enrollments.enroll("admin", training, tricky, null);
        enrollments.enroll("admin", training, formula, null);
        Long classEnrollment = enrollments.enroll("admin", equivalency, graduate, null).enrollmentId();
        jdbc.update("update program set status = 'COMPLETED' where id = ?", equivalency);
        enrollments.complete("admin", classEnrollment, 0L, Outcome.LULUS, "@SUM(A1:A2)");

        MvcResult result = mvc.perform(get("/reports/enrollments.csv").param("partner", partner.toString())
                        .with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"binaan-enrollments-" + given.today() + ".csv\""))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotStartWith("\uFEFF");
        assertThat(body).as("RFC 4180 records end with CRLF").endsWith("\r\n");
        List<CSVRecord> records = parse(body, ',');
        assertThat(body.split("\r\n", -1)).as("one CRLF per record; the title's own line break stays LF")
                .hasSize(records.size() + 1);

        assertThat(records.get(0).values()).containsExactly(EnrollmentReport.HEADER);
        Map<String, CSVRecord> byName = records.stream().skip(1)
                .collect(Collectors.toMap(r -> r.get(1), Function.identity()));
        assertThat(byName).hasSize(3);

        CSVRecord trickyRow = byName.keySet().stream().filter(n -> n.startsWith(TRICKY_NAME)).map(byName::get).findFirst().orElseThrow();
        assertThat(trickyRow.get(3)).isEqualTo(trainingTitle);
        assertThat(trickyRow.get(2)).isEqualTo("TRAINING");
        assertThat(trickyRow.get(5)).isEqualTo("ACTIVE");
        assertThat(trickyRow.get(6)).isEqualTo(given.today().toString());
        assertThat(trickyRow.get(7)).isEmpty();

        CSVRecord formulaRow = byName.keySet().stream().filter(n -> n.contains("HYPERLINK")).map(byName::get).findFirst().orElseThrow();
        assertThat(formulaRow.get(1)).startsWith("'=HYPERLINK");

        CSVRecord graduateRow = byName.keySet().stream().filter(n -> n.startsWith("Lulusan")).map(byName::get).findFirst().orElseThrow();
        assertThat(graduateRow.get(2)).isEqualTo("EQUIVALENCY");
        assertThat(graduateRow.get(5)).isEqualTo("COMPLETED");
        assertThat(graduateRow.get(8)).isEqualTo("COMPLETED");
        assertThat(graduateRow.get(13)).isEqualTo("LULUS");
        assertThat(graduateRow.get(14)).isEqualTo("'@SUM(A1:A2)");
        assertThat(graduateRow.get(7)).isEqualTo(given.today().toString());
    }

    @Test
    void theExcelVariantSpeaksIndonesianWithLabelsInsteadOfCodes() throws Exception {
        enrollments.enroll("admin", training, given.inmate("Andi; Baso " + given.next()), null);
        Long withdrawn = enrollments.enroll("admin", equivalency, given.pupil("Keluar " + given.next()), null).enrollmentId();
        enrollments.withdraw("admin", withdrawn, 0L, EndReason.OWN_REQUEST);
        MvcResult result = mvc.perform(get("/reports/enrollments.csv").param("partner", partner.toString())
                        .param("excel", "true").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"binaan-peserta-excel-" + given.today() + ".csv\""))
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFNomor registrasi;Nama warga binaan;Jenis program;Judul program;Mitra;Status;");
        List<CSVRecord> records = parse(body.substring(1), ';');
        assertThat(records).hasSize(3);
        CSVRecord active = records.stream().filter(r -> r.get(1).startsWith("Andi; Baso ")).findFirst().orElseThrow();
        assertThat(active.size()).isEqualTo(15);
        assertThat(active.get(2)).isEqualTo("Pelatihan vokasi (pembinaan kemandirian)");
        assertThat(active.get(5)).isEqualTo("Aktif");
        assertThat(active.get(6)).isEqualTo(given.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        CSVRecord ended = records.stream().filter(r -> r.get(1).startsWith("Keluar ")).findFirst().orElseThrow();
        assertThat(ended.get(2)).isEqualTo("Kelas kesetaraan (Paket A/B/C)");
        assertThat(ended.get(5)).isEqualTo("Keluar");
        assertThat(ended.get(8)).isEqualTo("Permintaan sendiri");
        assertThat(body).doesNotContain("TRAINING", "EQUIVALENCY", "ACTIVE", "WITHDRAWN", "OWN_REQUEST");
    }

    @Test
    void filtersNarrowTheRowsAndThePageCountsThem() throws Exception {
        Long first = given.inmate("Saring Satu " + given.next());
        Long second = given.pupil("Saring Dua " + given.next());
        enrollments.enroll("admin", training, first, null);
        Long withdrawn = enrollments.enroll("admin", equivalency, second, null).enrollmentId();
        enrollments.withdraw("admin", withdrawn, 0L, EndReason.HEALTH);

        assertThat(rows("partner", partner.toString())).hasSize(2);
        assertThat(rows("partner", partner.toString(), "kind", "TRAINING")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).startsWith("Saring Satu"));
        assertThat(rows("partner", partner.toString(), "status", "WITHDRAWN")).singleElement()
                .satisfies(r -> assertThat(r.get(8)).isEqualTo("HEALTH"));
        assertThat(rows("partner", partner.toString(), "from", given.today().plusDays(1).toString())).isEmpty();
        assertThat(rows("partner", partner.toString(), "to", given.today().toString())).hasSize(2);

        mvc.perform(get("/reports").param("partner", partner.toString()).param("kind", "EQUIVALENCY")
                        .with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("berisi 1 baris")));
    }

    @Test
    void eachExportIsAuditedWithFiltersAndRowCount() throws Exception {
        enrollments.enroll("admin", training, given.inmate("Audit Satu " + given.next()), null);
        enrollments.enroll("admin", training, given.inmate("Audit Dua " + given.next()), null);
        rows("partner", partner.toString(), "status", "ACTIVE");
        String details = jdbc.queryForObject("select details from audit_event where action = 'ENROLLMENT_REPORT_EXPORTED'"
                + " and details like ? order by id desc limit 1", String.class, "%partner=" + partner + " %");
        assertThat(details).contains("status=ACTIVE").contains("rows=2");
    }

    @Test
    void onlyAdminsExport() throws Exception {
        mvc.perform(get("/reports/enrollments.csv").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/enrollments.csv").with(user(TestUsers.principal(Role.PARTNER, partner))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/enrollments.csv")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    private List<CSVRecord> rows(String... params) throws Exception {
        var request = get("/reports/enrollments.csv").with(user(TestUsers.principal(Role.ADMIN, null)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = parse(body, ',');
        return records.subList(1, records.size());
    }

    private static List<CSVRecord> parse(String body, char delimiter) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(body)).getRecords();
    }
}
