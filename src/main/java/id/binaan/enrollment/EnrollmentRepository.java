package id.binaan.enrollment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EnrollmentRepository extends ListCrudRepository<Enrollment, Long> {

    long countByProgramIdAndStatus(Long programId, EnrollmentStatus status);

    boolean existsByProgramIdAndInmateIdAndStatusIn(Long programId, Long inmateId, Collection<EnrollmentStatus> statuses);

    @Query("select e from Enrollment e where e.programId = ?1 and e.status = 'WAITLISTED' order by e.requestedAt, e.id")
    List<Enrollment> waitingList(Long programId);

    @Query("select e from Enrollment e where e.programId = ?1 order by e.status, e.requestedAt, e.id")
    List<Enrollment> findByProgram(Long programId);

    @Query("select e from Enrollment e where e.inmateId = ?1 order by e.requestedAt desc, e.id desc")
    List<Enrollment> findByInmate(Long inmateId);

    @Query("""
            select e from Enrollment e
            where e.programId = ?1 and e.activatedOn is not null and e.activatedOn <= ?2
              and (e.endedOn is null or e.endedOn >= ?2)""")
    List<Enrollment> activeOn(Long programId, java.time.LocalDate date);

    List<Enrollment> findByInmateIdAndStatusIn(Long inmateId, Collection<EnrollmentStatus> statuses);

    @Query("""
            select count(e) from Enrollment e
            where e.programId = ?1 and e.status = 'WAITLISTED'
              and (e.requestedAt < ?2 or (e.requestedAt = ?2 and e.id <= ?3))""")
    long positionOnWaitingList(Long programId, java.time.Instant requestedAt, Long id);
}
