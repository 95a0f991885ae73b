package id.binaan.program;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    /** Programs of one kind, optionally of one partner or status, running at some time between two dates. */
    List<Program> findByStatusInOrderByStartDateAscTitleAsc(java.util.Collection<ProgramStatus> statuses);

    @Query("""
            select p from Program p
            where p.kind = :kind
              and (:partnerId is null or p.partnerId = :partnerId)
              and (:status is null or p.status = :status)
              and p.endDate >= :from
              and p.startDate <= :to
            """)
    Page<Program> search(ProgramKind kind, Long partnerId, ProgramStatus status, LocalDate from, LocalDate to,
            Pageable pageable);
}
