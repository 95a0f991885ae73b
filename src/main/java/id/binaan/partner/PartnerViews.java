package id.binaan.partner;

import java.time.LocalDate;
import java.util.List;

/** What the partner pages show, read inside a transaction so the templates never touch entities. */
final class PartnerViews {

    private PartnerViews() {
    }

    record Row(Long id, String name, PartnerType type, String contactPerson, String phone, boolean active) {
    }

    record Detail(Long id, String name, PartnerType type, String address, String contactPerson, String phone,
            String email, boolean active, long version) {

        static Detail of(Partner p) {
            return new Detail(p.getId(), p.getName(), p.getType(), p.getAddress(), p.getContactPerson(), p.getPhone(),
                    p.getEmail(), p.isActive(), p.getVersion());
        }
    }

    record AgreementView(Long id, String number, String title, AgreementScope scope, LocalDate signedOn,
            LocalDate validFrom, LocalDate validUntil, AgreementStatus status, Long facilityId) {

        static AgreementView of(Agreement a, LocalDate today) {
            return new AgreementView(a.getId(), a.getNumber(), a.getTitle(), a.getScope(), a.getSignedOn(),
                    a.getValidFrom(), a.getValidUntil(), a.statusOn(today), a.getFacilityId());
        }
    }

    record FollowUpView(Long id, String description, LocalDate dueOn, boolean done, LocalDate doneOn, boolean overdue) {

        static FollowUpView of(FollowUp f, LocalDate today) {
            return new FollowUpView(f.getId(), f.getDescription(), f.getDueOn(), f.isDone(), f.getDoneOn(), f.isOverdueOn(today));
        }
    }

    record MeetingView(Long id, LocalDate heldOn, String place, String participants, String summary,
            List<FollowUpView> followUps) {

        static MeetingView of(CoordinationMeeting m, LocalDate today) {
            return new MeetingView(m.getId(), m.getHeldOn(), m.getPlace(), m.getParticipants(), m.getSummary(),
                    m.getFollowUps().stream().map(f -> FollowUpView.of(f, today)).toList());
        }
    }

    record OpenFollowUp(Long id, Long partnerId, String partnerName, Long meetingId, LocalDate meetingHeldOn,
            String description, LocalDate dueOn) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    record Page(Detail partner, List<AgreementView> agreements, List<MeetingView> meetings) {
    }
}
