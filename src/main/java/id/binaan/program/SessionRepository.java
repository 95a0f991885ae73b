package id.binaan.program;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

/** Named apart from Spring Session's {@code sessionRepository}, which keeps the signed-in sessions. */
@Repository("programSessionRepository")
interface SessionRepository extends JpaRepository<Session, Long> {

    @Query("select s from Session s where s.program.id = :programId order by s.sessionDate, s.startTime")
    List<Session> findByProgram(Long programId);

    @Query("""
            select s from Session s where s.program.id = :programId and s.status <> id.binaan.program.SessionStatus.CANCELLED
            order by s.sessionDate, s.startTime""")
    List<Session> findActiveByProgram(Long programId);

    /**
     * Sessions across programs between two dates; {@code partnerId}, when given, keeps only that partner's
     * programs, which is how a liaison's view is scoped.
     */
    @Query(value = """
            select new id.binaan.program.SessionRow(s.id, p.id, p.title, p.kind, p.partnerId, s.sessionDate,
                   s.startTime, s.endTime, s.topic, s.jp, s.status, p.location, p.instructor, s.facilityId)
            from Session s join s.program p
            where s.sessionDate between :from and :to
              and (:partnerId is null or p.partnerId = :partnerId)
            """, countQuery = """
            select count(s) from Session s join s.program p
            where s.sessionDate between :from and :to
              and (:partnerId is null or p.partnerId = :partnerId)
            """)
    Page<SessionRow> between(LocalDate from, LocalDate to, Long partnerId, Pageable pageable);

    @Query("""
            select new id.binaan.program.SessionRow(s.id, p.id, p.title, p.kind, p.partnerId, s.sessionDate,
                   s.startTime, s.endTime, s.topic, s.jp, s.status, p.location, p.instructor, s.facilityId)
            from Session s join s.program p
            where s.sessionDate between :from and :to
              and (:partnerId is null or p.partnerId = :partnerId)
            order by s.sessionDate, s.startTime, p.title
            """)
    List<SessionRow> week(LocalDate from, LocalDate to, Long partnerId);

    @Query("""
            select new id.binaan.program.SessionView(s.id, p.id, p.partnerId, p.title, s.sessionDate, s.startTime,
                   s.endTime, s.topic, s.jp, s.status, s.facilityId)
            from Session s join s.program p where s.id = :id""")
    java.util.Optional<SessionView> view(Long id);

    /** Sessions by state, for the attendance and confirmation lists; {@code partnerId} scopes a liaison. */
    @Query("""
            select new id.binaan.program.SessionView(s.id, p.id, p.partnerId, p.title, s.sessionDate, s.startTime,
                   s.endTime, s.topic, s.jp, s.status, s.facilityId)
            from Session s join s.program p
            where s.status = :status and s.sessionDate between :from and :to
              and (:partnerId is null or p.partnerId = :partnerId)
              and (:confirmed is null or (:confirmed = true and s.confirmedAt is not null)
                   or (:confirmed = false and s.confirmedAt is null))
            order by s.sessionDate, s.startTime, s.id""")
    List<SessionView> inState(SessionStatus status, LocalDate from, LocalDate to, Long partnerId, Boolean confirmed,
            Pageable pageable);

    /** Past sessions still scheduled: held or not, nobody recorded attendance for them. */
    @Query("""
            select s from Session s where s.status = id.binaan.program.SessionStatus.SCHEDULED and s.sessionDate < :today
              and (:programId is null or s.program.id = :programId)
            order by s.sessionDate, s.startTime, s.id""")
    List<Session> unrecordedBefore(LocalDate today, Long programId);
}
