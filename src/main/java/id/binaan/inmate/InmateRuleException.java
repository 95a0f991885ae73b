package id.binaan.inmate;

/** A broken rule, with the field it concerns and the message code that explains it. */
class InmateRuleException extends RuntimeException {

    private final String field;
    private final String code;

    InmateRuleException(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
