package id.binaan.partner;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CoordinationMeetingRepository extends ListCrudRepository<CoordinationMeeting, Long> {

    @Query("select distinct m from CoordinationMeeting m left join fetch m.followUps where m.partner.id = ?1 order by m.heldOn desc, m.id desc")
    List<CoordinationMeeting> findByPartnerWithFollowUps(Long partnerId);
}
