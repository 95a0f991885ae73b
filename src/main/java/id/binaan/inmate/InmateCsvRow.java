package id.binaan.inmate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** One data line of an import file, read cell by cell; each cell that cannot be used is a problem. */
final class InmateCsvRow {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));
    private static final Map<String, Education> EDUCATION_WORDS = Map.of("TIDAK_SEKOLAH", Education.NONE,
            "BELUM_SEKOLAH", Education.NONE, "SMK", Education.SMA, "MA", Education.SMA, "MTS", Education.SMP,
            "MI", Education.SD, "D3", Education.DIPLOMA, "S1", Education.SARJANA);

    private final CSVRecord record;
    private final Map<String, Integer> index;
    private final int line;
    private final List<ImportProblem> problems = new ArrayList<>();

    InmateCsvRow(CSVRecord record, Map<String, Integer> index, int line) {
        this.record = record;
        this.index = index;
        this.line = line;
    }

    InmateDetails details() {
        String number = required("registration_number");
        String name = required("full_name");
        if (name != null && name.length() > 200) {
            problem("full_name", "inmate.error.fullName.size", null);
        }
        String block = required("cell_block");
        if (block != null && block.length() > 30) {
            problem("cell_block", "inmate.error.cellBlock.size", null);
        }
        String sexCell = required("sex");
        Sex sex = sexCell == null ? null : Sex.parse(sexCell);
        if (sexCell != null && sex == null) {
            problem("sex", "inmate.import.row.choice", sexCell);
        }
        return new InmateDetails(number, name, cell("nik"), date("birth_date", false), sex,
                choice("legal_status", LegalStatus.class), education(), block, date("admission_date", true),
                date("expected_release_date", false));
    }

    List<ImportProblem> problems() {
        return problems;
    }

    void problem(String column, String code, String arg) {
        problems.add(new ImportProblem(line, column, code, arg));
    }

    /** The column a form field is read from. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private String cell(String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        String value = record.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    private String required(String column) {
        String value = cell(column);
        if (value == null) {
            problem(column, "inmate.import.row.required", null);
        }
        return value;
    }

    private LocalDate date(String column, boolean required) {
        String value = required ? required(column) : cell(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        problem(column, "inmate.import.row.date", value);
        return null;
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        String key = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        problem(column, "inmate.import.row.choice", value);
        return null;
    }

    private Education education() {
        String value = cell("education");
        if (value != null) {
            Education word = EDUCATION_WORDS.get(value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
            if (word != null) {
                return word;
            }
        }
        return choice("education", Education.class);
    }
}
