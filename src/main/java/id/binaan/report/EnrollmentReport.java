package id.binaan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CSV enrollment report, streamed from one query on the {@code enrollment_report} view. */
@Service
class EnrollmentReport {

    static final String[] HEADER = {"registration_number", "inmate_name", "program_kind", "program_title", "partner",
            "status", "enrolled_on", "ended_on", "end_reason", "sessions_held", "sessions_attended", "attendance_pct",
            "jp_attended", "outcome", "certificate_number"};

    private static final int FETCH_SIZE = 500;
    private static final int FLUSH_EVERY = 500;

    private final NamedParameterJdbcTemplate jdbc;

    EnrollmentReport(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    @Transactional(readOnly = true)
    public long count(EnrollmentReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from enrollment_report" + filter.where(params), params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Writes the report to {@code out}; the read-only transaction lets PostgreSQL use a cursor, so memory does not
     * grow with the number of rows. Answers the number of data rows written.
     */
    @Transactional(readOnly = true)
    public long write(EnrollmentReportFilter filter, boolean excel, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (excel) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',').setHeader(HEADER).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        MapSqlParameterSource params = new MapSqlParameterSource();
        long[] rows = {0};
        jdbc.query("select * from enrollment_report" + filter.where(params)
                + " order by enrolled_on, registration_number, enrollment_id", params, rs -> {
            try {
                printer.printRecord(record(rs));
                if (++rows[0] % FLUSH_EVERY == 0) {
                    printer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
        return rows[0];
    }

    private static Object[] record(ResultSet rs) throws SQLException {
        int held = rs.getInt("sessions_held");
        int attended = rs.getInt("sessions_attended");
        return new Object[] {
                CsvCells.safe(rs.getString("registration_number")),
                CsvCells.safe(rs.getString("inmate_name")),
                rs.getString("program_kind"),
                CsvCells.safe(rs.getString("program_title")),
                CsvCells.safe(rs.getString("partner")),
                rs.getString("status"),
                CsvCells.date(rs.getObject("enrolled_on", java.time.LocalDate.class)),
                CsvCells.date(rs.getObject("ended_on", java.time.LocalDate.class)),
                rs.getString("end_reason"),
                held,
                attended,
                held == 0 ? "" : CsvCells.percent(attended, held),
                rs.getInt("jp_attended"),
                rs.getString("outcome"),
                CsvCells.safe(rs.getString("certificate_number"))};
    }
}
