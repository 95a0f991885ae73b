package id.binaan.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** A coordination meeting with a partner and the follow-up actions agreed in it. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "coordination_meeting")
class CoordinationMeeting extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    private LocalDate heldOn;
    private String place;
    private String participants;
    private String summary;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("dueOn, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected CoordinationMeeting() {
    }

    CoordinationMeeting(Partner partner, LocalDate heldOn, String place, String participants, String summary) {
        this.partner = partner;
        change(heldOn, place, participants, summary);
    }

    final void change(LocalDate heldOn, String place, String participants, String summary) {
        this.heldOn = heldOn;
        this.place = place;
        this.participants = participants;
        this.summary = summary;
    }

    FollowUp addFollowUp(String description, LocalDate dueOn) {
        FollowUp followUp = new FollowUp(this, description, dueOn);
        followUps.add(followUp);
        return followUp;
    }

    Partner getPartner() {
        return partner;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getPlace() {
        return place;
    }

    String getParticipants() {
        return participants;
    }

    String getSummary() {
        return summary;
    }

    List<FollowUp> getFollowUps() {
        return followUps;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
