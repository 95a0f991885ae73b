package id.binaan.inmate;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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
    /** The problems kept to show; the report says how many more there were. */
    static final int KEPT_PROBLEMS = 500;
    private static final Map<String, String> ALIASES = aliases();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InmateCsv() {
    }

    /** A file that can be read more than once from its start (an upload kept on disk, or bytes). */
    interface Source {
        InputStream open() throws IOException;
    }

    /** Reads bytes in memory, collecting the valid rows in {@link ImportFile#valid()}. */
    static ImportFile read(byte[] bytes, LocalDate today) {
        List<ImportFile.ImportRow> valid = new ArrayList<>();
        ImportFile file = read(() -> new ByteArrayInputStream(bytes), today, valid::add);
        return file.usable() ? file.withValid(valid) : file;
    }

    /**
     * Reads the file as a stream, twice (once to tell its character set, once to parse it): memory does not grow
     * with its size. Each valid row goes to {@code valid} as it is read; the answer keeps the counts, the first
     * rows and the first {@link #KEPT_PROBLEMS} problems.
     */
    static ImportFile read(Source source, LocalDate today, Consumer<ImportFile.ImportRow> valid) {
        try {
            byte[] start;
            try (InputStream in = source.open()) {
                start = in.readNBytes(8192);
            }
            if (start.length == 0) {
                return ImportFile.failed("inmate.import.error.empty", null);
            }
            if (binary(start)) {
                return ImportFile.failed("inmate.import.error.binary", null);
            }
            Charset charset = isUtf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String firstLine = new String(start, charset).replace("\uFEFF", "").lines().findFirst().orElse("");
            char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(true).get();
            try (Reader reader = withoutBom(new InputStreamReader(source.open(), charset));
                 CSVParser parser = CSVParser.parse(reader, format)) {
                return read(parser, today, charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252", delimiter, valid);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ImportFile.failed("inmate.import.error.unreadable", null);
        }
    }

    private static boolean isUtf8(Source source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(source.open(), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(new BufferedReader(reader), 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static ImportFile read(CSVParser parser, LocalDate today, String charset, char delimiter,
            Consumer<ImportFile.ImportRow> valid) {
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
        int validCount = 0;
        List<ImportProblem> problems = new ArrayList<>();
        int problemCount = 0;
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
            // every problem of the row at once; a cell already reported unreadable is not reported again by a rule
            java.util.Set<String> reported = row.problems().stream().map(ImportProblem::column)
                    .collect(java.util.stream.Collectors.toSet());
            InmateRules.check(details, today, (field, code) -> {
                String column = InmateCsvRow.column(field);
                if (reported.add(column)) {
                    row.problem(column, code, null);
                }
            });
            if (row.problems().isEmpty()) {
                InmateDetails tidy = InmateRules.tidy(details);
                Long first = seen.putIfAbsent(tidy.registrationNumber(), (long) line);
                if (first != null) {
                    row.problem("registration_number", "inmate.import.row.duplicate", first.toString());
                } else {
                    valid.accept(new ImportFile.ImportRow(line, tidy));
                    validCount++;
                }
            }
            problemCount += row.problems().size();
            for (ImportProblem problem : row.problems()) {
                if (problems.size() < KEPT_PROBLEMS) {
                    problems.add(problem);
                }
            }
        }
        return new ImportFile(null, null, charset, delimiter, header, preview, List.of(), validCount, problems,
                problemCount, rows);
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
