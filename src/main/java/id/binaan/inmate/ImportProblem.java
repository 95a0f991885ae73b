package id.binaan.inmate;

/** One problem of an import file: where (line and column, when known) and the message code with its argument. */
record ImportProblem(int line, String column, String code, String arg) {
}
