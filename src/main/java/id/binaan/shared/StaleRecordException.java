package id.binaan.shared;

/**
 * A form filled in against an older version of a record was sent after someone else saved that record. The
 * change is refused and theirs is kept; {@code RuleViolationAdvice} answers 409 with the same message everywhere.
 */
public class StaleRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String record, Object id) {
        super(record + " " + id + " changed after the form was opened", null, false, false);
    }
}
