package id.binaan.inmate;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.binaan.audit.AuditLog;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports checked files in the background, one at a time, in one transaction: either all the
 * chosen rows are written, or (on a failure) none. Rows are upserted by registration number, so
 * importing the same file again updates and never duplicates.
 */
@Service
class InmateImports {

    private static final Logger log = LoggerFactory.getLogger(InmateImports.class);
    private static final int CHUNK = 500;
    private static final Duration KEEP = Duration.ofHours(2);
    private static final String UPSERT = """
            insert into inmate (registration_number, full_name, nik, birth_date, sex, legal_status, education,
                                cell_block, admission_date, expected_release_date)
            values (:registrationNumber, :fullName, :nik, :birthDate, :sex, :legalStatus, :education,
                    :cellBlock, :admissionDate, :expectedReleaseDate)
            on conflict (registration_number) do update set full_name = excluded.full_name, nik = excluded.nik,
                birth_date = excluded.birth_date, sex = excluded.sex, legal_status = excluded.legal_status,
                education = excluded.education, cell_block = excluded.cell_block,
                admission_date = excluded.admission_date, expected_release_date = excluded.expected_release_date,
                version = inmate.version + 1
            """;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "inmate-import"));
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    InmateImports(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    ImportJob check(String owner, String fileName, byte[] bytes) {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.state != ImportJob.State.RUNNING && job.createdAt.isBefore(now.minus(KEEP)));
        ImportJob job = new ImportJob(owner, fileName, InmateCsv.read(bytes, java.time.LocalDate.now(clock)), now);
        if (job.file.usable()) {
            jobs.put(job.id, job);
        }
        return job;
    }

    /** The user's own job; someone else's is as good as absent. */
    Optional<ImportJob> find(String owner, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    void discard(ImportJob job) {
        if (job.state == ImportJob.State.READY) {
            jobs.remove(job.id);
        }
    }

    /** Starts writing the valid rows; false when the job was already started. */
    synchronized boolean start(ImportJob job) {
        if (job.state != ImportJob.State.READY) {
            return false;
        }
        job.state = ImportJob.State.RUNNING;
        worker.submit(() -> run(job));
        return true;
    }

    private void run(ImportJob job) {
        try {
            transaction.executeWithoutResult(status -> write(job));
            job.state = ImportJob.State.DONE;
        } catch (RuntimeException e) {
            log.warn("Import of {} by {} failed; nothing was written", job.fileName, job.owner, e);
            job.created = 0;
            job.updated = 0;
            job.state = ImportJob.State.FAILED;
        }
    }

    private void write(ImportJob job) {
        List<ImportFile.ImportRow> rows = job.file.valid();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportFile.ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Set<String> existing = new HashSet<>(jdbc.queryForList(
                    "select registration_number from inmate where registration_number in (:numbers)",
                    new MapSqlParameterSource("numbers", chunk.stream().map(r -> r.details().registrationNumber()).toList()),
                    String.class));
            jdbc.batchUpdate(UPSERT, chunk.stream().map(r -> parameters(r.details())).toArray(MapSqlParameterSource[]::new));
            job.updated += existing.size();
            job.created += chunk.size() - existing.size();
            job.processed += chunk.size();
        }
        audit.record(job.owner, "INMATES_IMPORTED", "Inmate", null, "%s: %d rows, %d created, %d updated, %d invalid skipped"
                .formatted(job.fileName, job.file.rows(), job.created, job.updated, job.file.invalidRows()));
    }

    private static MapSqlParameterSource parameters(InmateDetails d) {
        return new MapSqlParameterSource().addValue("registrationNumber", d.registrationNumber())
                .addValue("fullName", d.fullName()).addValue("nik", d.nik(), Types.VARCHAR)
                .addValue("birthDate", d.birthDate() == null ? null : Date.valueOf(d.birthDate()), Types.DATE)
                .addValue("sex", d.sex().name()).addValue("legalStatus", d.legalStatus().name())
                .addValue("education", d.education().name()).addValue("cellBlock", d.cellBlock())
                .addValue("admissionDate", Date.valueOf(d.admissionDate()))
                .addValue("expectedReleaseDate",
                        d.expectedReleaseDate() == null ? null : Date.valueOf(d.expectedReleaseDate()), Types.DATE);
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
