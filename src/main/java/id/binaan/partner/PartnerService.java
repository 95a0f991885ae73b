package id.binaan.partner;

import java.time.Clock;
import java.time.LocalDate;

import id.binaan.audit.AuditLog;
import id.binaan.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Registering and changing partners and their agreements, each change audited in the same transaction. */
@PreAuthorize("@serviceAccess.staff()")
@Service
class PartnerService {

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final CoordinationMeetingRepository meetings;
    private final AuditLog auditLog;
    private final Clock clock;

    PartnerService(PartnerRepository partners, AgreementRepository agreements, CoordinationMeetingRepository meetings,
            AuditLog auditLog, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.meetings = meetings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    Page<PartnerViews.Row> search(PartnerType type, Boolean active, Pageable pageable) {
        return partners.search(type, active, pageable);
    }

    @Transactional(readOnly = true)
    PartnerViews.Detail detail(Long id) {
        return PartnerViews.Detail.of(partner(id));
    }

    @Transactional(readOnly = true)
    PartnerViews.Page page(Long id) {
        LocalDate today = today();
        PartnerViews.Detail detail = PartnerViews.Detail.of(partner(id));
        return new PartnerViews.Page(detail,
                agreements.findByPartner(id).stream().map(a -> PartnerViews.AgreementView.of(a, today)).toList(),
                meetings.findByPartnerWithFollowUps(id).stream().map(m -> PartnerViews.MeetingView.of(m, today)).toList());
    }

    /** One partner per name (whatever the case): checked here, and by the unique index when two register at once. */
    private void requireNameFree(String name, Long exceptId) {
        RuleViolation.require(partners.findByName(name.strip()).filter(p -> !p.getId().equals(exceptId)).isEmpty(),
                "name", "partner.name.taken");
    }

    private void flushOrNameTaken() {
        try {
            partners.flush();
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            throw new RuleViolation("name", "partner.name.taken");
        }
    }

    @Transactional
    Long register(String actor, PartnerForm form) {
        requireNameFree(form.name(), null);
        Partner partner = partners.save(new Partner(form.name().strip(), form.type(), blankToNull(form.address()),
                blankToNull(form.contactPerson()), blankToNull(form.phone()), blankToNull(form.email())));
        flushOrNameTaken();
        auditLog.record(actor, "PARTNER_CREATED", "Partner", partner.getId(), "name=" + partner.getName());
        return partner.getId();
    }

    @Transactional
    void update(String actor, Long id, PartnerForm form) {
        Partner partner = partner(id);
        partner.requireVersion(form.version());
        requireNameFree(form.name(), id);
        partner.update(form.name().strip(), form.type(), blankToNull(form.address()), blankToNull(form.contactPerson()),
                blankToNull(form.phone()), blankToNull(form.email()));
        flushOrNameTaken();
        auditLog.record(actor, "PARTNER_UPDATED", "Partner", id, "name=" + partner.getName());
    }

    @Transactional
    void setActive(String actor, Long id, boolean active) {
        Partner partner = partner(id);
        if (active) {
            partner.reactivate();
        } else {
            partner.deactivate();
        }
        auditLog.record(actor, active ? "PARTNER_REACTIVATED" : "PARTNER_DEACTIVATED", "Partner", id, "name=" + partner.getName());
    }

    @Transactional(readOnly = true)
    AgreementForm agreementForm(Long partnerId, Long agreementId) {
        Agreement a = agreement(partnerId, agreementId);
        return new AgreementForm(a.getNumber(), a.getTitle(), a.getScope(), a.getSignedOn(), a.getValidFrom(),
                a.getValidUntil(), a.getVersion());
    }

    @Transactional
    void saveAgreement(String actor, Long partnerId, Long agreementId, AgreementForm form) {
        Agreement agreement;
        if (agreementId == null) {
            agreement = agreements.save(new Agreement(partner(partnerId), form.number().strip(), form.title().strip(),
                    form.scope(), form.signedOn(), form.validFrom(), form.validUntil()));
        } else {
            agreement = agreement(partnerId, agreementId);
            agreement.requireVersion(form.version());
            agreement.change(form.number().strip(), form.title().strip(), form.scope(), form.signedOn(),
                    form.validFrom(), form.validUntil());
        }
        auditLog.record(actor, "AGREEMENT_SAVED", "Agreement", agreement.getId(),
                "partner=" + partnerId + ", number=" + agreement.getNumber() + ", validUntil=" + agreement.getValidUntil());
    }

    Partner partner(Long id) {
        return partners.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Agreement agreement(Long partnerId, Long agreementId) {
        return agreements.findById(agreementId).filter(a -> a.getPartner().getId().equals(partnerId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
