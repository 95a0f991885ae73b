package id.binaan.program;

import java.time.Instant;

/** The partner's confirmation of a held session. */
public record SessionConfirmation(String confirmedBy, Instant confirmedAt, int jpDelivered, String note) {
}
