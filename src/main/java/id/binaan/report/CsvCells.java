package id.binaan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Cell values for CSV exports. */
final class CsvCells {

    private CsvCells() {
    }

    /** Neutralises formula injection: a cell beginning with = + - @, tab or CR gets a leading single quote. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A percentage with one decimal and a dot, e.g. {@code 87.5}. */
    static String percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
