package id.binaan.inmate;

import java.util.List;

/**
 * A checked CSV file, before anything is written: the first rows as they were read, the rows
 * that may be imported, and every problem found. {@code error} is set when the file as a whole
 * cannot be used (then there are no rows).
 */
record ImportFile(String error, String errorArg, String charset, char delimiter, List<String> header,
        List<List<String>> preview, List<ImportRow> valid, List<ImportProblem> problems, int rows) {

    static ImportFile failed(String error, String errorArg) {
        return new ImportFile(error, errorArg, null, ',', List.of(), List.of(), List.of(), List.of(), 0);
    }

    public boolean usable() {
        return error == null;
    }

    public int invalidRows() {
        return rows - valid.size();
    }

    public String separator() {
        return String.valueOf(delimiter);
    }

    /** A row that passed every check, with its line in the file. */
    record ImportRow(int line, InmateDetails details) {
    }
}
