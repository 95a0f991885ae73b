package id.binaan.report;

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
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("enrolled_on >= :from");
            params.addValue("from", from);
        }
        if (to != null) {
            conditions.add("enrolled_on <= :to");
            params.addValue("to", to);
        }
        if (kind != null) {
            conditions.add("program_kind = :kind");
            params.addValue("kind", kind);
        }
        if (partner != null) {
            conditions.add("partner_id = :partner");
            params.addValue("partner", partner);
        }
        if (status != null) {
            conditions.add("status = :status");
            params.addValue("status", status);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
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
