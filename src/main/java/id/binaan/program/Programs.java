package id.binaan.program;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs as other modules see them. */
@Service
public class Programs {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final JdbcTemplate jdbc;

    Programs(ProgramRepository programs, SessionRepository sessions, JdbcTemplate jdbc) {
        this.programs = programs;
        this.sessions = sessions;
        this.jdbc = jdbc;
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
        return programs.findByStatusInOrderByStartDateAscTitleAsc(java.util.Arrays.stream(ProgramStatus.values())
                        .filter(ProgramStatus::takesParticipants).toList())
                .stream()
                .map(this::summary)
                .toList();
    }

    private ProgramSummary summary(Program p) {
        return new ProgramSummary(p.getId(), p.getKind(), p.getTitle(), p.getPartnerId(), p.getPartnerName(), p.getStatus(),
                p.getStartDate(), p.getEndDate(), p.getCapacity(), p.getTargetJp(), p.getCompletionThresholdPercent(),
                p.getLevel(), p.getAudience());
    }

    /** The JP the program has held, by the one definition ({@code program_jp_held}, R__enrollment_report.sql). */
    @Transactional(readOnly = true)
    public int jpHeld(Long programId) {
        Integer held = jdbc.queryForObject("select program_jp_held(?)", Integer.class, programId);
        return held == null ? 0 : held;
    }

    /** How far the program has come, for deciding a completion. */
    @Transactional(readOnly = true)
    public Optional<ProgramProgress> progress(Long programId) {
        return programs.findById(programId).map(p -> {
            int held = jpHeld(programId);
            return new ProgramProgress(p.getKind(), held, p.getTargetJp(), p.sessionsOver(held),
                    p.getCompletionThresholdPercent());
        });
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
