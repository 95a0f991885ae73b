package id.binaan.inmate;

import java.time.LocalDate;

/** Everything the inmate page shows, read inside the transaction. */
record InmateView(Long id, long version, InmateDetails details, InmateStatus status, LocalDate statusDate,
        ReleaseType releaseType, String transferDestination) {

    static InmateView of(Inmate inmate) {
        return new InmateView(inmate.getId(), inmate.getVersion(), inmate.details(), inmate.getStatus(),
                inmate.getStatusDate(), inmate.getReleaseType(), inmate.getTransferDestination());
    }
}
