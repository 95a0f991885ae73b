package id.binaan.partner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner registry as other modules see it. */
@Service
public class Partners {

    private final PartnerRepository repository;
    private final AgreementRepository agreements;
    private final CoordinationMeetingRepository meetings;

    Partners(PartnerRepository repository, AgreementRepository agreements, CoordinationMeetingRepository meetings) {
        this.repository = repository;
        this.agreements = agreements;
        this.meetings = meetings;
    }

    /** The id of the partner with that name, creating it first when it does not exist. */
    @Transactional
    public Long ensure(String name, PartnerType type, String address, String contactPerson, String phone, String email) {
        return repository.findByName(name)
                .orElseGet(() -> repository.save(new Partner(name, type, address, contactPerson, phone, email)))
                .getId();
    }

    /** Active partners, by name, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<PartnerOption> options() {
        return repository.findAll().stream()
                .filter(Partner::isActive)
                .map(p -> new PartnerOption(p.getId(), p.getName(), p.getType()))
                .sorted(Comparator.comparing(PartnerOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerOption> find(Long partnerId) {
        return partnerId == null ? Optional.empty()
                : repository.findById(partnerId).map(p -> new PartnerOption(p.getId(), p.getName(), p.getType()));
    }

    /** A partner as other modules need it: who, and which kind of institution. */
    public record PartnerOption(Long id, String name, PartnerType type) {
    }

    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long partnerId) {
        return partnerId == null ? Optional.empty() : repository.findById(partnerId).map(Partner::getName);
    }

    /** Agreements of active partners that have ended or end within {@code withinDays} of {@code today}, soonest first. */
    @Transactional(readOnly = true)
    public List<ExpiringAgreement> expiringAgreements(LocalDate today, int withinDays) {
        return agreements.endingBy(today.plusDays(withinDays));
    }

    /** An agreement that needs renewing, with the partner it belongs to. */
    public record ExpiringAgreement(Long partnerId, String partnerName, Long agreementId, String number, String title,
            LocalDate validUntil) {
    }

    /** The id of the partner's agreement with that number, adding it first when it does not exist. */
    @Transactional
    public Long ensureAgreement(Long partnerId, String number, String title, AgreementScope scope, LocalDate signedOn,
            LocalDate validFrom, LocalDate validUntil) {
        return agreements.findByPartner(partnerId).stream().filter(a -> a.getNumber().equalsIgnoreCase(number)).findFirst()
                .orElseGet(() -> agreements.save(new Agreement(repository.findById(partnerId).orElseThrow(), number, title,
                        scope, signedOn, validFrom, validUntil)))
                .getId();
    }

    /**
     * Records a coordination meeting with its follow-ups (description and due date, in order) unless the partner
     * already has a meeting on that day at that place; returns the meeting's id.
     */
    @Transactional
    public Long ensureMeeting(Long partnerId, LocalDate heldOn, String place, String participants, String summary,
            List<Map.Entry<String, LocalDate>> followUps) {
        return meetings.findByPartnerWithFollowUps(partnerId).stream()
                .filter(m -> m.getHeldOn().equals(heldOn) && m.getPlace().equalsIgnoreCase(place)).findFirst()
                .orElseGet(() -> {
                    CoordinationMeeting meeting = new CoordinationMeeting(repository.findById(partnerId).orElseThrow(),
                            heldOn, place, participants, summary);
                    followUps.forEach(f -> meeting.addFollowUp(f.getKey(), f.getValue()));
                    return meetings.save(meeting);
                })
                .getId();
    }
}
