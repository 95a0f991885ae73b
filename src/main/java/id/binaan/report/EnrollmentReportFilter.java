package id.binaan.report;

import id.binaan.shared.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The filters of the enrollment report: enrollment date range, program kind, partner, status. */
record EnrollmentReportFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              String kind, Long partner, String status) {

    static final Set<String> KINDS = Set.of("TRAINING", "EQUIVALENCY");
    static final List<String> STATUSES = List.of("WAITLISTED", "ACTIVE", "COMPLETED", "WITHDRAWN");

    /** Unknown codes are ignored rather than failing the request. */
    EnrollmentReportFilter {
        kind = kind != null && KINDS.contains(kind) ? kind : null;
        status = status != null && STATUSES.contains(status) ? status : null;
    }

    String where(MapSqlParameterSource params) {
        return where((name, value) -> {
            params.addValue(name, value);
            return ":" + name;
        });
    }

    /**
     * The same conditions with the values written into the statement, for {@code COPY}, which takes no
     * parameters. Only safe values get there: dates, a number, and codes checked against fixed lists above.
     */
    String whereLiterals() {
        return where((name, value) -> {
            if (value instanceof LocalDate date) {
                return "date '" + date + "'";
            }
            if (value instanceof Long number) {
                return number.toString();
            }
            if (value instanceof String code && code.matches("[A-Z_]+")) {
                return "'" + code + "'";
            }
            throw new IllegalArgumentException("not a literal: " + name);
        });
    }

    private String where(java.util.function.BiFunction<String, Object, String> value) {
        List<String> conditions = new ArrayList<>();
        // the account's facilities only (a region's, the nation's): the application's wall, before the database's
        conditions.add(Scope.current().sql("facility_id"));
        if (from != null) {
            conditions.add("enrolled_on >= " + value.apply("from", from));
        }
        if (to != null) {
            conditions.add("enrolled_on <= " + value.apply("to", to));
        }
        if (kind != null) {
            conditions.add("program_kind = " + value.apply("kind", kind));
        }
        if (partner != null) {
            conditions.add("partner_id = " + value.apply("partner", partner));
        }
        if (status != null) {
            conditions.add("status = " + value.apply("status", status));
        }
        return " where " + String.join(" and ", conditions);
    }

    /** For the audit log. */
    String describe() {
        return "from=" + nullToEmpty(from) + " to=" + nullToEmpty(to) + " kind=" + nullToEmpty(kind)
                + " partner=" + nullToEmpty(partner) + " status=" + nullToEmpty(status);
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
