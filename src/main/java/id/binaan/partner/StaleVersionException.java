package id.binaan.partner;

/** Someone else saved the record after the form was opened; nothing was overwritten. */
class StaleVersionException extends RuntimeException {

    StaleVersionException() {
        super("The record changed after the form was opened");
    }
}
