package id.binaan.inmate;

import java.util.List;

/**
 * A checked CSV file, before anything is written: the first rows as they were read, how many rows may be
 * imported, and the problems found (the first {@link InmateCsv#KEPT_PROBLEMS}, and how many in all). The valid
 * rows themselves are in {@code valid} only when the file was read from bytes (tests); an upload's go to the
 * database as they are read. {@code error} is set when the file as a whole cannot be used (then there are no rows).
 */
record ImportFile(String error, String errorArg, String charset, char delimiter, List<String> header,
        List<List<String>> preview, List<ImportRow> valid, int validCount, List<ImportProblem> problems,
        int problemCount, int rows) {

    static ImportFile failed(String error, String errorArg) {
        return new ImportFile(error, errorArg, null, ',', List.of(), List.of(), List.of(), 0, List.of(), 0, 0);
    }

    ImportFile withValid(List<ImportRow> rows) {
        return new ImportFile(error, errorArg, charset, delimiter, header, preview, rows, validCount, problems,
                problemCount, this.rows);
    }

    public boolean usable() {
        return error == null;
    }

    public int invalidRows() {
        return rows - validCount;
    }

    public String separator() {
        return String.valueOf(delimiter);
    }

    /** A row that passed every check, with its line in the file. */
    record ImportRow(int line, InmateDetails details) {
    }
}
