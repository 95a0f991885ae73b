package id.binaan.program;

import java.util.List;
import java.util.Optional;

import id.binaan.partner.Partners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs as other modules see them. */
@Service
public class Programs {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final Partners partners;

    Programs(ProgramRepository programs, SessionRepository sessions, Partners partners) {
        this.programs = programs;
        this.sessions = sessions;
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public Optional<ProgramSummary> find(Long id) {
        return id == null ? Optional.empty() : programs.findById(id).map(this::summary);
    }

    /** The programs with these ids, in one statement (unknown ids are left out). */
    @Transactional(readOnly = true)
    public List<ProgramSummary> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : programs.findAllById(ids).stream().map(this::summary).toList();
    }

    /** Programs that take participants now (OPEN or RUNNING), by start date. */
    @Transactional(readOnly = true)
    public List<ProgramSummary> takingParticipants() {
        // Partner names come in the same statement as the programs (Program.partnerName).
        return programs.findByStatusInOrderByStartDateAscTitleAsc(List.of(ProgramStatus.OPEN, ProgramStatus.RUNNING))
                .stream()
                .map(this::summary)
                .toList();
    }

    private ProgramSummary summary(Program p) {
        return summary(p, p.getPartnerName());
    }

    private static ProgramSummary summary(Program p, String partnerName) {
        return new ProgramSummary(p.getId(), p.getKind(), p.getTitle(), p.getPartnerId(), partnerName, p.getStatus(),
                p.getStartDate(), p.getEndDate(), p.getCapacity(), p.getTargetJp(), p.getCompletionThresholdPercent(),
                p.getLevel());
    }

    /** The program's sessions that are not cancelled, in time order. */
    @Transactional(readOnly = true)
    public List<SessionSlot> activeSessionsOf(Long programId) {
        return sessions.findActiveByProgram(programId).stream()
                .map(s -> new SessionSlot(s.getId(), programId, s.getSessionDate(), s.getStartTime(), s.getEndTime(),
                        s.getJp(), s.getStatus()))
                .toList();
    }
}
