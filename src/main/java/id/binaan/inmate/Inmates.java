package id.binaan.inmate;

import id.binaan.facility.Facilities;
import id.binaan.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.binaan.audit.AuditLog;
import id.binaan.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The inmate register: what other modules may read and do, and the changes the pages make. */
@PreAuthorize("@serviceAccess.staff()")
@Service
public class Inmates {

    private final InmateRepository repository;
    private final InmateSearch searches;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Facilities facilities;
    private final NamedParameterJdbcTemplate jdbc;

    Inmates(InmateRepository repository, InmateSearch searches, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, Facilities facilities, NamedParameterJdbcTemplate jdbc) {
        this.facilities = facilities;
        this.jdbc = jdbc;
        this.repository = repository;
        this.searches = searches;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<InmateSummary> find(Long id) {
        return id == null ? Optional.empty() : repository.findById(id).map(Inmate::summary);
    }

    /** The inmates with those ids, by name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<InmateSummary> findAll(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of()
                : repository.findAllByIds(ids).stream().map(Inmate::summary).toList();
    }

    /** ACTIVE inmates whose name or registration number contains the term, by name (for pickers). */
    @Transactional(readOnly = true)
    public List<InmateSummary> search(String term, int limit) {
        return searches.active(term, Math.max(1, Math.min(limit, 100)));
    }

    /** The id of the inmate with that registration number, registering them first when absent. */
    @Transactional
    public Long ensure(String actor, InmateDetails details) {
        InmateDetails tidy = InmateRules.tidy(details);
        return repository.findByRegistrationNumber(tidy.registrationNumber()).map(Inmate::getId)
                .orElseGet(() -> create(actor, tidy).getId());
    }

    /** Records a release; the inmate's open enrollments end with it (DESIGN.md rule 3). */
    @Transactional
    public void release(String actor, Long id, LocalDate on, ReleaseType type) {
        Inmate inmate = load(id);
        inmate.release(on, type, today());
        audit.record(actor, "INMATE_RELEASED", "Inmate", id, inmate.getRegistrationNumber() + " on " + on + " (" + type + ")");
        events.publishEvent(new InmateReleased(id, on));
    }

    /** Records a transfer; the inmate's open enrollments end with it (DESIGN.md rule 3). */
    @Transactional
    public void transfer(String actor, Long id, LocalDate on, String destination) {
        transfer(actor, id, on, null, destination);
    }

    /**
     * Records a transfer to another facility of this Binaan ({@code toFacility}), which then receives the person
     * (see {@link #receive}) with their learning record, or to a place outside it ({@code destination}).
     */
    @Transactional
    public void transfer(String actor, Long id, LocalDate on, Long toFacility, String destination) {
        Inmate inmate = load(id);
        String where = destination;
        if (toFacility != null) {
            where = facilities.find(toFacility).filter(f -> !f.id().equals(inmate.getFacilityId()))
                    .map(Facilities.FacilityInfo::name)
                    .orElseThrow(() -> new RuleViolation("destinationFacilityId", "inmate.error.destinationFacility"));
        }
        inmate.transfer(on, where, today());
        if (toFacility != null) {
            jdbc.update("""
                    insert into inmate_transfer (person_id, from_facility_id, from_inmate_id, to_facility_id,
                           transferred_on, recorded_by, registration_number, full_name, nik, birth_date, sex,
                           legal_status, education, expected_release_date)
                    select person_id, facility_id, id, :to, :on, :actor, registration_number, full_name, nik,
                           birth_date, sex, legal_status, education, expected_release_date
                      from inmate where id = :id""", new MapSqlParameterSource("to", toFacility).addValue("on", on)
                    .addValue("actor", actor).addValue("id", id));
        }
        audit.record(actor, "INMATE_TRANSFERRED", "Inmate", id,
                inmate.getRegistrationNumber() + " on " + on + " to " + inmate.getTransferDestination());
        events.publishEvent(new InmateTransferred(id, on));
    }

    /** Inmates transferred to this facility from another of this Binaan, not yet received, oldest first. */
    @Transactional(readOnly = true)
    public List<Arrival> arrivals() {
        return pendingArrivals("", new MapSqlParameterSource());
    }

    /** How many inmates transferred here wait to be received. */
    @Transactional(readOnly = true)
    public long arrivalCount() {
        Long count = jdbc.queryForObject("select count(*) from inmate_transfer t where %s and t.to_inmate_id is null"
                .formatted(Scope.current().sql("t.to_facility_id")), new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    @Transactional(readOnly = true)
    Optional<Arrival> arrival(Long transferId) {
        return pendingArrivals(" and t.id = :transfer", new MapSqlParameterSource("transfer", transferId)).stream()
                .findFirst();
    }

    private List<Arrival> pendingArrivals(String condition, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select t.id, t.from_facility_id, f.name as from_facility, t.transferred_on, t.registration_number,
                       t.full_name, t.nik, t.birth_date, t.sex, t.legal_status, t.education, t.expected_release_date
                  from inmate_transfer t join facility f on f.id = t.from_facility_id
                 where %s and t.to_inmate_id is null%s
                 order by t.transferred_on, t.id""".formatted(Scope.current().sql("t.to_facility_id"), condition),
                parameters, (rs, n) -> new Arrival(rs.getLong("id"), rs.getString("from_facility"),
                        rs.getObject("transferred_on", LocalDate.class), rs.getString("registration_number"),
                        rs.getString("full_name"), rs.getString("nik"), rs.getObject("birth_date", LocalDate.class),
                        Sex.valueOf(rs.getString("sex")), LegalStatus.valueOf(rs.getString("legal_status")),
                        Education.valueOf(rs.getString("education")),
                        rs.getObject("expected_release_date", LocalDate.class)));
    }

    /** One enrollment of the person's learning record at another facility of this Binaan. */
    public record LearningLine(String facility, String registrationNumber, String programTitle, String partner,
            String status, LocalDate enrolledOn, LocalDate endedOn, Integer jpAttended, Integer jpExpected,
            java.math.BigDecimal attendancePct, String outcome, String certificateNumber) {
    }

    /** A placement of the person in this Binaan: the facility, its registration number, admission and status. */
    public record Placement(String facility, String registrationNumber, LocalDate admittedOn, InmateStatus status,
            LocalDate statusDate, boolean here) {
    }

    /**
     * The person's learning record at the other facilities of this Binaan (transfers carry it), read only: each
     * enrollment with its figures, outcome and certificate, as the facility that ran it recorded them.
     */
    @Transactional(readOnly = true)
    public List<LearningLine> learningElsewhere(Long id) {
        Inmate inmate = load(id);
        return jdbc.query("select * from learning_record(:id) where facility_id <> :facility",
                new MapSqlParameterSource("id", id).addValue("facility", inmate.getFacilityId()),
                (rs, n) -> new LearningLine(rs.getString("facility_name"), rs.getString("registration_number"),
                        rs.getString("program_title"), rs.getString("partner"), rs.getString("status"),
                        rs.getObject("enrolled_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        (Integer) rs.getObject("jp_attended"), (Integer) rs.getObject("jp_expected"),
                        rs.getBigDecimal("attendance_pct"), rs.getString("outcome"),
                        rs.getString("certificate_number")));
    }

    /** Where the person has been held in this Binaan, oldest first; one line when never transferred within it. */
    @Transactional(readOnly = true)
    public List<Placement> placements(Long id) {
        load(id);
        return jdbc.query("select * from placement_history(:id)", new MapSqlParameterSource("id", id),
                (rs, n) -> new Placement(rs.getString("facility_name"), rs.getString("registration_number"),
                        rs.getObject("admission_date", LocalDate.class), InmateStatus.valueOf(rs.getString("status")),
                        rs.getObject("status_date", LocalDate.class), rs.getLong("inmate_id") == id));
    }

    /** Someone transferred here from another facility of this Binaan, as the sending facility recorded them. */
    public record Arrival(Long transferId, String fromFacility, LocalDate transferredOn, String registrationNumber,
            String fullName, String nik, LocalDate birthDate, Sex sex, LegalStatus legalStatus, Education education,
            LocalDate expectedReleaseDate) {
    }

    /**
     * Receives a transferred person: a new inmate record of this facility (its own registration number, block and
     * admission date) for the same person, whose learning record then shows here; the transfer is received once.
     */
    @Transactional
    public Long receive(String actor, Long transferId, String registrationNumber, String cellBlock, LocalDate admissionDate,
            LocalDate expectedReleaseDate) {
        Arrival arrival = arrival(transferId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RuleViolation.require(admissionDate == null || !admissionDate.isBefore(arrival.transferredOn()),
                "admissionDate", "inmate.error.arrival.beforeTransfer", arrival.transferredOn());
        InmateDetails details = new InmateDetails(registrationNumber, arrival.fullName(), arrival.nik(),
                arrival.birthDate(), arrival.sex(), arrival.legalStatus(), arrival.education(), cellBlock, admissionDate,
                expectedReleaseDate);
        Inmate inmate = create(actor, details);
        jdbc.update("update inmate set person_id = (select person_id from inmate_transfer where id = :transfer) "
                + "where id = :id", new MapSqlParameterSource("transfer", transferId).addValue("id", inmate.getId()));
        int received = jdbc.update("""
                update inmate_transfer set to_inmate_id = :id, received_on = :on, received_by = :actor,
                       version = version + 1
                 where id = :transfer and to_inmate_id is null""", new MapSqlParameterSource("id", inmate.getId())
                .addValue("on", admissionDate).addValue("actor", actor).addValue("transfer", transferId));
        RuleViolation.require(received == 1, null, "inmate.error.arrival.received");
        audit.record(actor, "INMATE_RECEIVED", "Inmate", inmate.getId(),
                inmate.getRegistrationNumber() + " from " + arrival.fromFacility() + " (" + arrival.registrationNumber()
                        + ")");
        return inmate.getId();
    }

    /** Registers an inmate; refused when the details break {@link InmateRules} or the number is taken. */
    @Transactional
    Inmate create(String actor, InmateDetails details) {
        InmateDetails tidy = InmateRules.tidy(details);
        InmateRules.require(details, today(), taken(tidy.registrationNumber(), null));
        Inmate inmate = saved(() -> repository.saveAndFlush(new Inmate(tidy)));
        audit.record(actor, "INMATE_CREATED", "Inmate", inmate.getId(), tidy.registrationNumber());
        return inmate;
    }

    @Transactional
    void update(String actor, Long id, Long formVersion, InmateDetails details) {
        Inmate inmate = load(id);
        inmate.requireVersion(formVersion);
        InmateDetails tidy = InmateRules.tidy(details);
        InmateRules.require(details, today(), taken(tidy.registrationNumber(), id));
        inmate.correct(tidy);
        saved(() -> {
            repository.flush();
            return inmate;
        });
        audit.record(actor, "INMATE_UPDATED", "Inmate", id, tidy.registrationNumber());
    }

    @Transactional(readOnly = true)
    InmateView view(Long id) {
        return InmateView.of(load(id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Another inmate than {@code self} has the number; the unique index decides when two register at once. */
    private boolean taken(String registrationNumber, Long self) {
        return repository.findByRegistrationNumber(registrationNumber).filter(other -> !other.getId().equals(self))
                .isPresent();
    }

    private static Inmate saved(java.util.function.Supplier<Inmate> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException sameNumberAtOnce) {
            throw new RuleViolation("registrationNumber", "inmate.error.registrationNumber.taken");
        }
    }

    private Inmate load(Long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
