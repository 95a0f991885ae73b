package id.binaan.enrollment;

import java.util.List;

import org.springframework.data.repository.Repository;

interface EnrollmentEventRepository extends Repository<EnrollmentEvent, Long> {

    EnrollmentEvent save(EnrollmentEvent event);

    List<EnrollmentEvent> findByEnrollmentIdOrderByOccurredAtAscIdAsc(Long enrollmentId);
}
