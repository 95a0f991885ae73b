package id.binaan.report;

import id.binaan.shared.Scope;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import id.binaan.enrollment.EndReason;
import id.binaan.enrollment.EnrollmentStatus;
import id.binaan.enrollment.Outcome;
import id.binaan.program.ProgramKind;
import id.binaan.shared.Labelled;
import id.binaan.shared.LongStatements;
import org.postgresql.PGConnection;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV enrollment report: one {@code COPY ... TO STDOUT} of the {@code enrollment_report} view, the cells
 * formatted in SQL, the bytes passed through to the response as PostgreSQL sends them. Memory does not grow with
 * the number of rows, and the export runs as fast as the database can produce it (a cursor fetched row by row
 * cannot use parallel workers and was a quarter slower at a million rows).
 */
@Service
class EnrollmentReport {

    static final String[] HEADER = {"registration_number", "inmate_name", "program_kind", "program_title", "partner",
            "status", "enrolled_on", "ended_on", "end_reason", "sessions_held", "sessions_attended", "attendance_pct",
            "jp_attended", "outcome", "certificate_number"};

    /**
     * The cells as {@link CsvCells} gives them: text that could start a formula gets a leading quote, dates are
     * ISO-8601, codes stay codes; the attendance percentage is the report view's (JP attended of JP expected, one
     * decimal, empty when nothing was expected).
     */
    static final String COLUMNS = String.join(",\n       ",
            safe("registration_number") + " as registration_number",
            safe("inmate_name") + " as inmate_name",
            "program_kind",
            safe("program_title") + " as program_title",
            safe("partner") + " as partner",
            "status",
            "to_char(enrolled_on, 'YYYY-MM-DD') as enrolled_on",
            "to_char(ended_on, 'YYYY-MM-DD') as ended_on",
            "end_reason",
            "sessions_held",
            "sessions_attended",
            "attendance_pct",
            "jp_attended",
            "outcome",
            safe("certificate_number") + " as certificate_number");

    private static final String ORDER = " order by enrolled_on, registration_number, enrollment_id";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The export's {@code COPY} is long by nature (47 s for 3 M rows); every other statement keeps 5 s. */
    static final Duration EXPORT_LIMIT = Duration.ofMinutes(15);

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final LongStatements longStatements;

    EnrollmentReport(DataSource dataSource, NamedParameterJdbcTemplate jdbc, MessageSource messages,
            LongStatements longStatements) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.messages = messages;
        this.longStatements = longStatements;
    }

    /**
     * The Excel option (DESIGN.md): what Excel in an Indonesian locale opens directly, with Indonesian headers and
     * labels in place of codes (rule 7), comma decimals and dates as {@code dd/mm/yyyy}; the same rows and figures.
     */
    String excelColumns() {
        return String.join(",\n       ",
                safe("registration_number") + " as " + header("registration_number"),
                safe("inmate_name") + " as " + header("inmate_name"),
                labels("program_kind", ProgramKind.values()) + " as " + header("program_kind"),
                safe("program_title") + " as " + header("program_title"),
                safe("partner") + " as " + header("partner"),
                labels("status", EnrollmentStatus.values()) + " as " + header("status"),
                "to_char(enrolled_on, 'DD/MM/YYYY') as " + header("enrolled_on"),
                "to_char(ended_on, 'DD/MM/YYYY') as " + header("ended_on"),
                labels("end_reason", EndReason.values()) + " as " + header("end_reason"),
                "sessions_held as " + header("sessions_held"),
                "sessions_attended as " + header("sessions_attended"),
                "replace(attendance_pct::text, '.', ',') as " + header("attendance_pct"),
                "jp_attended as " + header("jp_attended"),
                labels("outcome", Outcome.values()) + " as " + header("outcome"),
                safe("certificate_number") + " as " + header("certificate_number"));
    }

    /** A column's Indonesian header, as a quoted identifier ({@code COPY} writes the column names as the header row). */
    private String header(String column) {
        return "\"" + messages.getMessage("report.excel." + column, null, INDONESIAN).replace("\"", "\"\"") + "\"";
    }

    /** The codes of a column written as their Indonesian labels. */
    private String labels(String column, Labelled[] values) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (Labelled value : values) {
            sql.append(" when '").append(((Enum<?>) value).name()).append("' then '")
                    .append(messages.getMessage(value, INDONESIAN).replace("'", "''")).append('\'');
        }
        return sql.append(" end").toString();
    }

    private static String safe(String column) {
        return "case when left(" + column + ", 1) in ('=', '+', '-', '@', E'\\t', E'\\r') then '''' || " + column
                + " else " + column + " end";
    }

    @Transactional(readOnly = true)
    public long count(EnrollmentReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from enrollment_report" + filter.where(params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The statement the export runs; {@code COPY} takes no parameters, so the filter's values are literals. */
    String copyStatement(EnrollmentReportFilter filter, boolean excel) {
        // across facilities (a region, the nation) each row says whose it is, first
        String facility = Scope.current().isFacility() ? ""
                : excel ? safe("facility_code") + " as " + header("facility_code") + ",\n       "
                : safe("facility_code") + " as facility_code,\n       ";
        return "copy (select " + facility + (excel ? excelColumns() : COLUMNS) + "\n  from enrollment_report"
                + filter.whereLiterals() + ORDER + ") to stdout with (format csv, header true, delimiter '"
                + (excel ? ';' : ',') + "')";
    }

    /** Writes the report to {@code out} and answers the number of data rows written. */
    @Transactional(readOnly = true)
    public long write(EnrollmentReportFilter filter, boolean excel, OutputStream out) throws IOException {
        return write(filter, excel, out, null);
    }

    /** The same, counting the rows sent into {@code export} and letting it cancel the statement when cut. */
    @Transactional(readOnly = true)
    public long write(EnrollmentReportFilter filter, boolean excel, OutputStream out, RunningExports.Export export)
            throws IOException {
        if (excel) {
            out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        // PostgreSQL sends one message per row; gathering them spares the response a write call per row
        CrlfLines lines = new CrlfLines(new BufferedOutputStream(out, 64 * 1024), export == null ? () -> { } : export::line);
        longStatements.allow(EXPORT_LIMIT);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        if (export != null) {
            export.attach(connection);
        }
        try {
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copyStatement(filter, excel), lines);
            lines.flush();
            return rows;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The enrollment report could not be read", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * RFC 4180 ends records with CRLF; {@code COPY} ends them with LF. Turns every LF outside a quoted value into
     * CRLF and leaves line breaks inside quoted values as they are ({@code COPY} doubles quotes inside a value, so
     * counting quotes tells inside from outside).
     */
    static final class CrlfLines extends FilterOutputStream {

        private final Runnable recordEnded;
        private boolean quoted;

        CrlfLines(OutputStream out) {
            this(out, () -> { });
        }

        CrlfLines(OutputStream out, Runnable recordEnded) {
            super(out);
            this.recordEnded = recordEnded;
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                out.write('\r');
                recordEnded.run();
            }
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    out.write(bytes, start, i - start);
                    out.write('\r');
                    recordEnded.run();
                    start = i;
                }
            }
            out.write(bytes, start, end - start);
        }
    }
}
