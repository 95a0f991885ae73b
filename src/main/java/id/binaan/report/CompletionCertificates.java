package id.binaan.report;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.audit.AuditLog;
import id.binaan.enrollment.Outcome;
import id.binaan.program.ProgramKind;
import id.binaan.shared.FacilityHead;
import id.binaan.shared.RuleViolation;

/**
 * Completion certificates of the facility: one per completed enrollment, with a serial number and a
 * random verification code. What a certificate states is stored when it is issued, so the paper and the
 * verification page always agree.
 */
@Service
class CompletionCertificates {

    /** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** 12 symbols of 5 bits: 60 random bits, beyond guessing or enumerating. */
    static final int CODE_LENGTH = 12;

    /**
     * What a certificate states. Those issued before certificates carried the period of held sessions, the JP held
     * and a signatory have {@code null} there and are shown as they were printed: enrollment dates, the program's
     * target JP, no signatory.
     */
    record Certificate(Long id, Long enrollmentId, String number, String verificationCode, Instant issuedAt,
            String issuedBy, String registrationNumber, String inmateName, ProgramKind programKind, String programTitle,
            String partner, LocalDate enrolledOn, LocalDate completedOn, int programJp, int jpAttended, Outcome outcome,
            String partnerCertificateNumber, LocalDate periodFrom, LocalDate periodTo, Integer jpHeld,
            String signatoryName, String signatoryNip, String facilityName, Long facilityId) {

        public LocalDate from() {
            return periodFrom == null ? enrolledOn : periodFrom;
        }

        public LocalDate to() {
            return periodTo == null ? completedOn : periodTo;
        }

        /** The JP the attended JP are counted against: held while enrolled, or the target on older certificates. */
        public int jpOf() {
            return jpHeld == null ? programJp : jpHeld;
        }


        /** The code as printed: {@code 7K3M-Q9XA-2TRD}. */
        public String displayCode() {
            return verificationCode.substring(0, 4) + "-" + verificationCode.substring(4, 8) + "-"
                    + verificationCode.substring(8);
        }
    }

    private static final String COLUMNS = """
            id, enrollment_id, number, verification_code, issued_at, issued_by, registration_number, inmate_name,
            program_kind, program_title, partner, enrolled_on, completed_on, program_jp, jp_attended, outcome,
            partner_certificate_number, period_from, period_to, jp_held, signatory_name, signatory_nip, facility_name, facility_id""";

    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final FacilityHead head;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CompletionCertificates(JdbcTemplate jdbc, AuditLog auditLog, FacilityHead head, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.head = head;
        this.clock = clock;
    }

    /**
     * The certificate of a completed enrollment, issued now if it has none yet; empty when the enrollment does not
     * exist or is not completed. Only a passing outcome has a certificate (DESIGN.md rule 5), and only a facility
     * whose head is configured can sign one.
     */
    @Transactional
    public Optional<Certificate> issue(Long enrollmentId, String actor) {
        // the row lock serialises two people issuing at once: one certificate, no serial number spent in vain
        List<Map<String, Object>> outcome = jdbc.queryForList("select outcome, facility_id from enrollment where id = ?"
                + " and status = 'COMPLETED' and outcome is not null for update", enrollmentId);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        Outcome result = Outcome.valueOf((String) outcome.get(0).get("outcome"));
        Long facility = ((Number) outcome.get(0).get("facility_id")).longValue();
        RuleViolation.require(result.passing(), null, "certificate.notPassing", result);
        Optional<Certificate> existing = forEnrollment(enrollmentId);
        if (existing.isPresent()) {
            return existing;
        }
        FacilityHead.Signatory signatory = head.signatory(facility)
                .orElseThrow(() -> new RuleViolation(null, "certificate.noSignatory"));
        Long serial = jdbc.queryForObject("select nextval('completion_certificate_serial')", Long.class);
        String number = "SKP/" + LocalDate.now(clock).getYear() + "/" + String.format("%05d", serial);
        jdbc.update("""
                insert into completion_certificate (enrollment_id, number, verification_code, issued_at, issued_by,
                       registration_number, inmate_name, program_kind, program_title, partner, enrolled_on,
                       completed_on, program_jp, jp_attended, outcome, partner_certificate_number, period_from,
                       period_to, jp_held, signatory_name, signatory_nip, facility_name)
                select r.enrollment_id, ?, ?, ?, ?, r.registration_number, r.inmate_name, r.program_kind,
                       r.program_title, r.partner, r.enrolled_on, r.ended_on, p.target_jp, r.jp_attended, r.outcome,
                       r.certificate_number, r.first_held_on, r.last_held_on, r.jp_held, ?, ?, ?
                  from enrollment_report r
                  join enrollment e on e.id = r.enrollment_id
                  join program p on p.id = e.program_id
                 where r.enrollment_id = ?""",
                number, newCode(), Timestamp.from(clock.instant()), actor, signatory.name(), signatory.nip(), signatory.facilityName(),
                enrollmentId);
        auditLog.record(actor, "CERTIFICATE_ISSUED", "Enrollment", enrollmentId, number);
        return forEnrollment(enrollmentId);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> forEnrollment(Long enrollmentId) {
        return one("select " + COLUMNS + " from completion_certificate where enrollment_id = ?", enrollmentId);
    }

    /** The certificate whose code was typed, forgiving case, spaces, dashes and look-alike letters. */
    @Transactional(readOnly = true)
    public Optional<Certificate> byCode(String typed) {
        String code = normalise(typed);
        if (code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        return one("select " + COLUMNS + " from completion_certificate where verification_code = ?", code);
    }

    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) >= 0) {
                code.append(mapped);
            } else if (Character.isLetterOrDigit(mapped)) {
                return "";
            }
        }
        return code.toString();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private Optional<Certificate> one(String sql, Object argument) {
        List<Certificate> found = jdbc.query(sql, CompletionCertificates::certificate, argument);
        return found.stream().findFirst();
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getLong("enrollment_id"), rs.getString("number"),
                rs.getString("verification_code"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                rs.getString("registration_number"), rs.getString("inmate_name"),
                ProgramKind.valueOf(rs.getString("program_kind")),
                rs.getString("program_title"), rs.getString("partner"), rs.getObject("enrolled_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), rs.getInt("program_jp"), rs.getInt("jp_attended"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("partner_certificate_number"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                (Integer) rs.getObject("jp_held"), rs.getString("signatory_name"), rs.getString("signatory_nip"),
                rs.getString("facility_name"), rs.getLong("facility_id"));
    }
}
