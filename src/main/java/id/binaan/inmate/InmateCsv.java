package id.binaan.inmate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an inmate CSV as SDP exports it or a spreadsheet saves it: UTF-8 (with or without BOM) or
 * Windows-1252, comma or semicolon, a header row naming the columns in English or Indonesian.
 * Pure: checks everything and writes nothing.
 */
final class InmateCsv {

    static final List<String> COLUMNS = List.of("registration_number", "full_name", "nik", "birth_date", "sex",
            "legal_status", "education", "cell_block", "admission_date", "expected_release_date");
    static final List<String> REQUIRED = List.of("registration_number", "full_name", "sex", "legal_status",
            "education", "cell_block", "admission_date");
    static final int MAX_ROWS = 50_000;
    private static final int PREVIEW_ROWS = 10;
    private static final Map<String, String> ALIASES = aliases();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InmateCsv() {
    }

    static ImportFile read(byte[] bytes, LocalDate today) {
        if (bytes.length == 0) {
            return ImportFile.failed("inmate.import.error.empty", null);
        }
        if (binary(bytes)) {
            return ImportFile.failed("inmate.import.error.binary", null);
        }
        boolean utf8 = true;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            utf8 = false;
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser, today, utf8 ? "UTF-8" : "Windows-1252", delimiter);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ImportFile.failed("inmate.import.error.unreadable", null);
        }
    }

    private static ImportFile read(CSVParser parser, LocalDate today, String charset, char delimiter) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            return ImportFile.failed("inmate.import.error.empty", null);
        }
        List<String> header = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (String name : records.next()) {
            String column = ALIASES.getOrDefault(normalize(name), normalize(name));
            header.add(name);
            index.putIfAbsent(column, header.size() - 1);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return ImportFile.failed("inmate.import.error.header", String.join(", ", missing));
        }
        List<List<String>> preview = new ArrayList<>();
        List<ImportFile.ImportRow> valid = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int rows = 0;
        int previousLine = 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (++rows > MAX_ROWS) {
                return ImportFile.failed("inmate.import.error.tooManyRows", String.valueOf(MAX_ROWS));
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(record.toList());
            }
            // the line where the record ends; a last line without a newline is not counted by the parser
            int line = Math.max(previousLine + 1, (int) parser.getCurrentLineNumber());
            previousLine = line;
            InmateCsvRow row = new InmateCsvRow(record, index, line);
            InmateDetails details = row.details();
            if (row.problems().isEmpty()) {
                InmateRules.check(details, today, (field, code) -> row.problem(InmateCsvRow.column(field), code, null));
            }
            if (row.problems().isEmpty()) {
                InmateDetails tidy = InmateRules.tidy(details);
                Long first = seen.putIfAbsent(tidy.registrationNumber(), (long) line);
                if (first != null) {
                    row.problem("registration_number", "inmate.import.row.duplicate", first.toString());
                } else {
                    valid.add(new ImportFile.ImportRow(line, tidy));
                }
            }
            problems.addAll(row.problems());
        }
        return new ImportFile(null, null, charset, delimiter, header, preview, valid, problems, rows);
    }

    /** NUL bytes or many control characters: not a text file. */
    private static boolean binary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                control++;
            }
        }
        return control > sample / 100;
    }

    static String normalize(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String s : List.of("no_registrasi", "nomor_registrasi", "no_reg", "noreg")) a.put(s, "registration_number");
        for (String s : List.of("nama", "nama_lengkap")) a.put(s, "full_name");
        for (String s : List.of("tanggal_lahir", "tgl_lahir")) a.put(s, "birth_date");
        for (String s : List.of("jenis_kelamin", "jk")) a.put(s, "sex");
        a.put("status_hukum", "legal_status");
        for (String s : List.of("pendidikan", "pendidikan_terakhir")) a.put(s, "education");
        for (String s : List.of("blok", "blok_hunian", "kamar")) a.put(s, "cell_block");
        for (String s : List.of("tanggal_masuk", "tgl_masuk")) a.put(s, "admission_date");
        for (String s : List.of("perkiraan_bebas", "tanggal_bebas", "tgl_ekspirasi")) a.put(s, "expected_release_date");
        return a;
    }
}
