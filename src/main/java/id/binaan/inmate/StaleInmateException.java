package id.binaan.inmate;

/** The form was filled in against an older version of the record. */
class StaleInmateException extends RuntimeException {

    StaleInmateException() {
        super("stale inmate form");
    }
}
