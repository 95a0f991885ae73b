package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** The orders the list offers, each with the expression its keyset index is built on. */
enum InmateSort implements Labelled {
    NAME("lower(full_name)", "text"),
    REGISTRATION_NUMBER("registration_number", "text"),
    ADMISSION_DATE("admission_date", "date"),
    EXPECTED_RELEASE("coalesce(expected_release_date, date '9999-12-31')", "date");

    final String expression;
    final String type;

    InmateSort(String expression, String type) {
        this.expression = expression;
        this.type = type;
    }

    @Override
    public String labelKey() {
        return "inmate.sort." + name();
    }
}
