package id.binaan.inmate;

import java.time.Instant;

/** A checked file waiting for the user's choice, then its import running in the background; as stored. */
final class ImportJob {

    enum State { READY, RUNNING, DONE, FAILED }

    final String id;
    final String owner;
    final String fileName;
    final ImportFile file;
    final Instant createdAt;
    final State state;
    final int processed;
    final int created;
    final int updated;

    ImportJob(String id, String owner, String fileName, ImportFile file, Instant createdAt, State state, int processed,
            int created, int updated) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.file = file;
        this.createdAt = createdAt;
        this.state = state;
        this.processed = processed;
        this.created = created;
        this.updated = updated;
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
        return file.validCount();
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
