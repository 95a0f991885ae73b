package id.binaan.partner;

import java.util.List;

import id.binaan.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Coordination meetings and their follow-up actions. */
@PreAuthorize("@serviceAccess.staff()")
@Service
class MeetingService {

    private final PartnerService partners;
    private final CoordinationMeetingRepository meetings;
    private final FollowUpRepository followUps;
    private final AuditLog auditLog;

    MeetingService(PartnerService partners, CoordinationMeetingRepository meetings, FollowUpRepository followUps,
            AuditLog auditLog) {
        this.partners = partners;
        this.meetings = meetings;
        this.followUps = followUps;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    PartnerViews.MeetingView view(Long partnerId, Long meetingId) {
        return PartnerViews.MeetingView.of(meeting(partnerId, meetingId), partners.today());
    }

    @Transactional(readOnly = true)
    MeetingForm form(Long partnerId, Long meetingId) {
        CoordinationMeeting m = meeting(partnerId, meetingId);
        return new MeetingForm(m.getHeldOn(), m.getPlace(), m.getParticipants(), m.getSummary(), m.getVersion());
    }

    @Transactional
    Long save(String actor, Long partnerId, Long meetingId, MeetingForm form) {
        CoordinationMeeting meeting;
        if (meetingId == null) {
            meeting = meetings.save(new CoordinationMeeting(partners.partner(partnerId), form.heldOn(),
                    form.place().strip(), form.participants().strip(), form.summary().strip()));
        } else {
            meeting = meeting(partnerId, meetingId);
            meeting.requireVersion(form.version());
            meeting.change(form.heldOn(), form.place().strip(), form.participants().strip(), form.summary().strip());
        }
        auditLog.record(actor, "MEETING_SAVED", "CoordinationMeeting", meeting.getId(),
                "partner=" + partnerId + ", heldOn=" + meeting.getHeldOn());
        return meeting.getId();
    }

    @Transactional
    void addFollowUp(String actor, Long partnerId, Long meetingId, FollowUpForm form) {
        FollowUp followUp = followUps.save(meeting(partnerId, meetingId).addFollowUp(form.description().strip(), form.dueOn()));
        auditLog.record(actor, "FOLLOW_UP_ADDED", "FollowUp", followUp.getId(),
                "meeting=" + meetingId + ", dueOn=" + followUp.getDueOn());
    }

    @Transactional
    void markDone(String actor, Long partnerId, Long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .filter(f -> f.getMeeting().getPartner().getId().equals(partnerId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (followUp.markDone(partners.today())) {
            auditLog.record(actor, "FOLLOW_UP_DONE", "FollowUp", followUpId, "meeting=" + followUp.getMeeting().getId());
        }
    }

    @Transactional(readOnly = true)
    List<PartnerViews.OpenFollowUp> openFollowUps() {
        return followUps.findOpen();
    }

    private CoordinationMeeting meeting(Long partnerId, Long meetingId) {
        return meetings.findById(meetingId).filter(m -> m.getPartner().getId().equals(partnerId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
