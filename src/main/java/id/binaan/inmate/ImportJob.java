package id.binaan.inmate;

import java.time.Instant;
import java.util.UUID;

/** A checked file waiting for the user's choice, then its import running in the background. */
final class ImportJob {

    enum State { READY, RUNNING, DONE, FAILED }

    final String id = UUID.randomUUID().toString();
    final String owner;
    final String fileName;
    final ImportFile file;
    final Instant createdAt;
    volatile State state = State.READY;
    volatile int processed;
    volatile int created;
    volatile int updated;

    ImportJob(String owner, String fileName, ImportFile file, Instant createdAt) {
        this.owner = owner;
        this.fileName = fileName;
        this.file = file;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFile getFile() {
        return file;
    }

    public State getState() {
        return state;
    }

    public int getProcessed() {
        return processed;
    }

    public int getTotal() {
        return file.valid().size();
    }

    public int getPercent() {
        return getTotal() == 0 ? 100 : (int) (100L * processed / getTotal());
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public boolean isRunning() {
        return state == State.READY || state == State.RUNNING;
    }
}
