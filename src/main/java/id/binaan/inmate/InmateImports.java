package id.binaan.inmate;

import id.binaan.shared.Scope;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import id.binaan.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inmate CSV imports, kept in the database ({@code inmate_import}, {@code inmate_import_row}) so that any instance
 * shows a job and its progress and no instance holds a file in memory: an upload is checked as a stream and its
 * valid rows are written to {@code inmate_import_row} as they are read. Each user may have {@link #MAX_PENDING}
 * jobs checked or running at a time; jobs are forgotten {@link #KEEP} after their last change.
 * <p>
 * An import runs in the background of the instance where it was started, in one transaction: either all the
 * chosen rows are written, or (on a failure) none. Rows are upserted by registration number, so importing the same
 * file again updates and never duplicates. Its progress is written in transactions of their own, so every instance
 * sees it while it runs.
 */
@Service
class InmateImports {

    static final int MAX_PENDING = 3;
    static final Duration KEEP = Duration.ofHours(2);
    /** A running job whose progress has not moved for this long belongs to an instance that stopped. */
    static final Duration STALLED = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(InmateImports.class);
    private static final int CHUNK = 500;
    private static final String UPSERT = """
            insert into inmate (registration_number, full_name, nik, birth_date, sex, legal_status, education,
                                cell_block, admission_date, expected_release_date)
            values (:registrationNumber, :fullName, :nik, :birthDate, :sex, :legalStatus, :education,
                    :cellBlock, :admissionDate, :expectedReleaseDate)
            on conflict (facility_id, registration_number) do update set full_name = excluded.full_name, nik = excluded.nik,
                birth_date = excluded.birth_date, sex = excluded.sex, legal_status = excluded.legal_status,
                education = excluded.education, cell_block = excluded.cell_block,
                admission_date = excluded.admission_date, expected_release_date = excluded.expected_release_date,
                version = inmate.version + 1
            """;
    private static final String STAGE = """
            insert into inmate_import_row (import_id, line, registration_number, full_name, nik, birth_date, sex,
                                           legal_status, education, cell_block, admission_date, expected_release_date)
            values (:importId, :line, :registrationNumber, :fullName, :nik, :birthDate, :sex, :legalStatus, :education,
                    :cellBlock, :admissionDate, :expectedReleaseDate)
            """;

    /** What a check answers: the job when the file can be imported, otherwise why not. */
    record Checked(ImportJob job, String error, String errorArg) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "inmate-import"));
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate apart;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;

    InmateImports(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** Checks the file and keeps its valid rows, unless the user already has {@link #MAX_PENDING} jobs pending. */
    Checked check(String owner, String fileName, InmateCsv.Source source) {
        forgetOld();
        return transaction.execute(status -> {
            // one check at a time per user, so that two uploads at once cannot both pass the bound; the second is
            // told rather than kept waiting (a large file takes longer to check than a statement may wait)
            Boolean alone = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(:owner))",
                    new MapSqlParameterSource("owner", owner), Boolean.class);
            if (!Boolean.TRUE.equals(alone)) {
                return new Checked(null, "inmate.import.error.busy", null);
            }
            if (pending(owner) >= MAX_PENDING) {
                return new Checked(null, "inmate.import.error.tooManyPending", String.valueOf(MAX_PENDING));
            }
            String id = UUID.randomUUID().toString();
            Instant now = clock.instant();
            jdbc.update("""
                    insert into inmate_import (id, owner, file_name, state, created_at, updated_at, charset, delimiter,
                                               header, preview, problems, problem_count, row_count, valid_count)
                    values (cast(:id as uuid), :owner, :fileName, 'READY', :now, :now, '', ',', '[]', '[]', '[]', 0, 0, 0)
                    """, new MapSqlParameterSource("id", id).addValue("owner", owner).addValue("fileName", fileName)
                    .addValue("now", Timestamp.from(now)));
            List<MapSqlParameterSource> batch = new ArrayList<>(CHUNK);
            ImportFile file = InmateCsv.read(source, LocalDate.now(clock), row -> {
                batch.add(parameters(row.details()).addValue("importId", UUID.fromString(id)).addValue("line", row.line()));
                if (batch.size() == CHUNK) {
                    flush(batch);
                }
            });
            if (!file.usable()) {
                status.setRollbackOnly();
                return new Checked(null, file.error(), file.errorArg());
            }
            flush(batch);
            jdbc.update("""
                    update inmate_import set charset = :charset, delimiter = :delimiter, header = cast(:header as jsonb),
                        preview = cast(:preview as jsonb), problems = cast(:problems as jsonb),
                        problem_count = :problemCount, row_count = :rows, valid_count = :validCount
                    where id = cast(:id as uuid)""", new MapSqlParameterSource("id", id)
                    .addValue("charset", file.charset()).addValue("delimiter", String.valueOf(file.delimiter()))
                    .addValue("header", json.writeValueAsString(file.header()))
                    .addValue("preview", json.writeValueAsString(file.preview()))
                    .addValue("problems", json.writeValueAsString(file.problems()))
                    .addValue("problemCount", file.problemCount()).addValue("rows", file.rows())
                    .addValue("validCount", file.validCount()));
            return new Checked(new ImportJob(id, owner, fileName, file, now, ImportJob.State.READY, 0, 0, 0), null, null);
        });
    }

    /** The user's own job; someone else's is as good as absent. */
    Optional<ImportJob> find(String owner, String id) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.query("select * from inmate_import where id = :id and owner = :owner",
                new MapSqlParameterSource("id", key).addValue("owner", owner), this::job).stream().findFirst();
    }

    void discard(ImportJob job) {
        jdbc.update("delete from inmate_import where id = :id and state = 'READY'",
                new MapSqlParameterSource("id", UUID.fromString(job.id)));
    }

    /** Starts writing the valid rows; false when the job was already started (here or on another instance). */
    boolean start(ImportJob job) {
        int claimed = jdbc.update("update inmate_import set state = 'RUNNING', updated_at = :now "
                        + "where id = :id and state = 'READY'",
                new MapSqlParameterSource("id", UUID.fromString(job.id)).addValue("now", Timestamp.from(clock.instant())));
        if (claimed == 0) {
            return false;
        }
        // the rows are written into the facility of whoever started the import, on the worker's thread too
        Scope scope = Scope.current();
        worker.submit(() -> scope.run(() -> run(job)));
        return true;
    }

    private void run(ImportJob job) {
        UUID id = UUID.fromString(job.id);
        try {
            int[] counts = transaction.execute(status -> write(job, id));
            finish(id, "DONE", counts[0], counts[1], job.file.validCount());
        } catch (RuntimeException e) {
            log.warn("Import of {} by {} failed; nothing was written", job.fileName, job.owner, e);
            finish(id, "FAILED", 0, 0, 0);
        }
    }

    private int[] write(ImportJob job, UUID id) {
        int created = 0;
        int updated = 0;
        int processed = 0;
        int after = 0;
        while (true) {
            List<MapSqlParameterSource> chunk = jdbc.query("""
                    select * from inmate_import_row where import_id = :id and line > :after order by line limit :chunk""",
                    new MapSqlParameterSource("id", id).addValue("after", after).addValue("chunk", CHUNK),
                    (rs, n) -> stagedRow(rs));
            if (chunk.isEmpty()) {
                break;
            }
            after = (Integer) chunk.get(chunk.size() - 1).getValue("line");
            Set<String> existing = new HashSet<>(jdbc.queryForList(
                    "select registration_number from inmate where " + Scope.current().sql("facility_id")
                            + " and registration_number in (:numbers)",
                    new MapSqlParameterSource("numbers", chunk.stream().map(r -> r.getValue("registrationNumber")).toList()),
                    String.class));
            jdbc.batchUpdate(UPSERT, chunk.toArray(MapSqlParameterSource[]::new));
            updated += existing.size();
            created += chunk.size() - existing.size();
            processed += chunk.size();
            progress(id, processed, created, updated);
        }
        audit.record(job.owner, "INMATES_IMPORTED", "Inmate", null, "%s: %d rows, %d created, %d updated, %d invalid skipped"
                .formatted(job.fileName, job.file.rows(), created, updated, job.file.invalidRows()));
        return new int[] {created, updated};
    }

    /** In a transaction of its own, so that every instance sees how far the running import is. */
    private void progress(UUID id, int processed, int created, int updated) {
        apart.executeWithoutResult(status -> jdbc.update("""
                update inmate_import set processed = :processed, created_count = :created, updated_count = :updated,
                    updated_at = :now where id = :id""", new MapSqlParameterSource("id", id).addValue("processed", processed)
                .addValue("created", created).addValue("updated", updated).addValue("now", Timestamp.from(clock.instant()))));
    }

    private void finish(UUID id, String state, int created, int updated, int processed) {
        jdbc.update("""
                update inmate_import set state = :state, processed = :processed, created_count = :created,
                    updated_count = :updated, updated_at = :now where id = :id""",
                new MapSqlParameterSource("id", id).addValue("state", state).addValue("processed", processed)
                        .addValue("created", created).addValue("updated", updated)
                        .addValue("now", Timestamp.from(clock.instant())));
        // the rows were needed only until now
        jdbc.update("delete from inmate_import_row where import_id = :id", new MapSqlParameterSource("id", id));
    }

    private int pending(String owner) {
        Integer count = jdbc.queryForObject("select count(*) from inmate_import where owner = :owner "
                + "and state in ('READY', 'RUNNING')", new MapSqlParameterSource("owner", owner), Integer.class);
        return count == null ? 0 : count;
    }

    /** Jobs untouched for {@link #KEEP} are forgotten; a running one that stopped moving is marked failed. */
    private void forgetOld() {
        Instant now = clock.instant();
        jdbc.update("update inmate_import set state = 'FAILED', updated_at = :now where state = 'RUNNING' and updated_at < :stalled",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("stalled", Timestamp.from(now.minus(STALLED))));
        jdbc.update("delete from inmate_import where state <> 'RUNNING' and updated_at < :old",
                new MapSqlParameterSource("old", Timestamp.from(now.minus(KEEP))));
    }

    private ImportJob job(ResultSet rs, int row) throws SQLException {
        ImportFile file = new ImportFile(null, null, rs.getString("charset"), rs.getString("delimiter").charAt(0),
                json.readValue(rs.getString("header"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("preview"), new TypeReference<List<List<String>>>() { }),
                List.of(), rs.getInt("valid_count"),
                json.readValue(rs.getString("problems"), new TypeReference<List<ImportProblem>>() { }),
                rs.getInt("problem_count"), rs.getInt("row_count"));
        return new ImportJob(rs.getString("id"), rs.getString("owner"), rs.getString("file_name"), file,
                rs.getTimestamp("created_at").toInstant(), ImportJob.State.valueOf(rs.getString("state")),
                rs.getInt("processed"), rs.getInt("created_count"), rs.getInt("updated_count"));
    }

    private void flush(List<MapSqlParameterSource> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(STAGE, batch.toArray(MapSqlParameterSource[]::new));
            batch.clear();
        }
    }

    private static MapSqlParameterSource stagedRow(ResultSet rs) throws SQLException {
        return new MapSqlParameterSource().addValue("line", rs.getInt("line"))
                .addValue("registrationNumber", rs.getString("registration_number"))
                .addValue("fullName", rs.getString("full_name")).addValue("nik", rs.getString("nik"), Types.VARCHAR)
                .addValue("birthDate", rs.getDate("birth_date"), Types.DATE).addValue("sex", rs.getString("sex"))
                .addValue("legalStatus", rs.getString("legal_status")).addValue("education", rs.getString("education"))
                .addValue("cellBlock", rs.getString("cell_block")).addValue("admissionDate", rs.getDate("admission_date"))
                .addValue("expectedReleaseDate", rs.getDate("expected_release_date"), Types.DATE);
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
