package id.binaan.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit chain's anchor: the newest event's id and hash, written at each verification that found the chain
 * intact, somewhere the database cannot rewrite — the application log, and a small file under
 * {@code binaan.audit.anchor-directory} (one per database). The next verification finds that event unchanged or
 * reports it: someone with rights over the database can delete the newest events and recompute nothing (the chain
 * up to the deletion still holds), but not reach this file or the log lines already written.
 */
@Component
class AuditAnchor {

    record Anchor(long id, String hash, long events, Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

    private final Path file;

    AuditAnchor(@Value("${binaan.audit.anchor-directory:}") String directory,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.file = directory.isBlank() ? null : Path.of(directory).resolve("audit-anchor-" + key(databaseUrl) + ".txt");
    }

    /** The anchor written last, when there is one. */
    Optional<Anchor> last() {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> parts = List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split(" "));
            return Optional.of(new Anchor(Long.parseLong(parts.get(0)), parts.get(1), Long.parseLong(parts.get(2)),
                    Instant.parse(parts.get(3))));
        } catch (IOException | RuntimeException e) {
            log.error("The audit anchor {} cannot be read ({}); the newest events cannot be checked against it", file,
                    e.toString());
            return Optional.empty();
        }
    }

    /** Records the chain's head: always in the log; in the file where one is configured. */
    void write(Anchor anchor) {
        log.info("Audit chain anchored: newest event #{} hash {} ({} events) at {}", anchor.id(), anchor.hash(),
                anchor.events(), anchor.at());
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(next, anchor.id() + " " + anchor.hash() + " " + anchor.events() + " " + anchor.at() + "\n",
                    StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("The audit anchor could not be written to {}: {}", file, e.toString());
        }
    }

    /** One file per database: the server and database of the URL, without its options. */
    private static String key(String url) {
        String database = url.replaceFirst("\\?.*$", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
