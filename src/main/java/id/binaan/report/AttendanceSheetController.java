package id.binaan.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Per program: the attendance sheet (sessions × participants), printable and as CSV. */
@Controller
class AttendanceSheetController {

    private final AttendanceSheet sheets;
    private final Programs programs;
    private final Clock clock;

    AttendanceSheetController(AttendanceSheet sheets, Programs programs, Clock clock) {
        this.sheets = sheets;
        this.programs = programs;
        this.clock = clock;
    }

    @GetMapping("/programs/{id}/attendance-sheet")
    String page(@PathVariable Long id, Model model) {
        model.addAttribute("program", program(id));
        model.addAttribute("grid", sheets.of(id, LocalDate.now(clock)));
        return "report/attendance-sheet";
    }

    @GetMapping("/programs/{id}/attendance-sheet.csv")
    void csv(@PathVariable Long id, HttpServletResponse response) throws IOException {
        program(id);
        AttendanceSheet.Grid grid = sheets.of(id, LocalDate.now(clock));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"binaan-attendance-program-" + id + "-"
                + LocalDate.now(clock) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        List<String> header = new ArrayList<>(List.of("registration_number", "inmate_name"));
        grid.columns().forEach(c -> header.add(c.date() + " " + c.start()));
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (AttendanceSheet.Row row : grid.rows()) {
                List<String> cells = new ArrayList<>(List.of(CsvCells.safe(row.registrationNumber()), CsvCells.safe(row.fullName())));
                cells.addAll(row.marks());
                csv.printRecord(cells);
            }
        }
    }

    private ProgramSummary program(Long id) {
        return programs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
