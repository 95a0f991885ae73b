package id.binaan.enrollment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EnrollmentRepository extends ListCrudRepository<Enrollment, Long> {

    long countByProgramIdAndStatus(Long programId, EnrollmentStatus status);

    boolean existsByProgramIdAndInmateIdAndStatusIn(Long programId, Long inmateId, Collection<EnrollmentStatus> statuses);

    /** In no particular order: the queue's order is {@link QueuePlace}'s. */
    List<Enrollment> findByProgramIdAndStatus(Long programId, EnrollmentStatus status);

    @Query("select e from Enrollment e where e.inmateId = ?1 order by e.requestedAt desc, e.id desc")
    List<Enrollment> findByInmate(Long inmateId);

    List<Enrollment> findByInmateIdAndStatusIn(Long inmateId, Collection<EnrollmentStatus> statuses);
}
