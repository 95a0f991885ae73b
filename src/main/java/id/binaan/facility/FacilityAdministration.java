package id.binaan.facility;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.audit.AuditLog;
import id.binaan.shared.RuleViolation;

/** The national administration of facilities and regions (NATIONAL, /admin/facilities). */
@Service
@PreAuthorize("hasAnyRole('NATIONAL', 'SYSTEM')")
public class FacilityAdministration {

    private final JdbcTemplate jdbc;
    private final Facilities facilities;
    private final AuditLog audit;

    FacilityAdministration(JdbcTemplate jdbc, Facilities facilities, AuditLog audit) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.audit = audit;
    }

    /** The id of the region with that name, adding it first when it does not exist. */
    @Transactional
    public Long ensureRegion(String actor, String name) {
        List<Long> found = jdbc.queryForList("select id from region where lower(name) = lower(?)", Long.class, name.strip());
        if (!found.isEmpty()) {
            return found.get(0);
        }
        // Two officers adding the same new region at once: the second waits for the first and takes its region.
        List<Long> made = jdbc.queryForList("insert into region (name) values (?) on conflict ((lower(name))) do nothing "
                + "returning id", Long.class, name.strip());
        if (made.isEmpty()) {
            return jdbc.queryForObject("select id from region where lower(name) = lower(?)", Long.class, name.strip());
        }
        Long id = made.get(0);
        audit.record(actor, "REGION_CREATED", "Region", id, name.strip());
        facilities.changed();
        return id;
    }

    /** A new facility; refused when its code is taken. */
    @Transactional
    public Long create(String actor, String code, String name, FacilityType type, Long regionId, String zone,
            String headName, String headNip) {
        String tidyCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        RuleViolation.require(jdbc.queryForList("select id from facility where upper(code) = ?", Long.class, tidyCode)
                .isEmpty(), "code", "facility.error.code.taken");
        RuleViolation.require(facilities.region(regionId).isPresent(), "regionId", "facility.error.region.required");
        Long id = insert(tidyCode, name.strip(), type, regionId, zone, blankToNull(headName), blankToNull(headNip));
        audit.record(actor, "FACILITY_CREATED", "Facility", id, tidyCode + " " + name.strip());
        facilities.changed();
        return id;
    }

    /** The id of the facility with that code, adding it first when it does not exist (the demo's second facility). */
    @Transactional
    public Long ensure(String actor, String code, String name, FacilityType type, Long regionId, String zone,
            String headName, String headNip) {
        List<Long> found = jdbc.queryForList("select id from facility where upper(code) = upper(?)", Long.class, code);
        return found.isEmpty() ? create(actor, code, name, type, regionId, zone, headName, headNip) : found.get(0);
    }

    /** The unique index decides when two officers add the same code at once: the second hears it is taken. */
    private Long insert(String code, String name, FacilityType type, Long regionId, String zone, String headName,
            String headNip) {
        try {
            return jdbc.queryForObject("""
                    insert into facility (code, name, type, region_id, zone, head_name, head_nip)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, code, name, type.name(), regionId, zone,
                    headName, headNip);
        } catch (DuplicateKeyException sameCodeAtOnce) {
            throw new RuleViolation("code", "facility.error.code.taken");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
