package id.binaan.inmate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import id.binaan.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a CSV, read the check report, choose to import the valid rows or nothing, watch it run. */
@Controller
class InmateImportController {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final String SAMPLE = """
            registration_number,full_name,nik,birth_date,sex,legal_status,education,cell_block,admission_date,expected_release_date
            A.I 12/2026,Andi Baso Tenri,7310011203950001,1995-03-12,L,TAHANAN,SMP,Blok A,2026-09-14,
            B.I 123/2026,Muhammad Arif Daeng Ngalle,,1988-07-01,L,NARAPIDANA,SD,Blok B,2026-02-03,2029-08-03
            B.IIa 7/2026,Sitti Rahmawati Daeng Tene,7310015506990002,1999-06-15,P,NARAPIDANA,PAKET_B,Blok Wanita,2026-06-20,2027-03-20
            """;

    private final InmateImports imports;

    InmateImportController(InmateImports imports) {
        this.imports = imports;
    }

    @GetMapping("/inmates/import")
    String form(Model model) {
        model.addAttribute("columns", InmateCsv.COLUMNS);
        model.addAttribute("required", InmateCsv.REQUIRED);
        model.addAttribute("maxMegabytes", MAX_BYTES / 1024 / 1024);
        return "inmate/import";
    }

    @GetMapping("/inmates/import/sample.csv")
    ResponseEntity<byte[]> sample() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"contoh-warga-binaan.csv\"")
                .body(SAMPLE.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/inmates/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        String error = null;
        String errorArg = null;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            error = "inmate.import.error.noFile";
        } else if (file.getSize() > MAX_BYTES) {
            error = "inmate.import.error.tooLarge";
            errorArg = String.valueOf(MAX_BYTES / 1024 / 1024);
        } else {
            // read from the upload as Tomcat keeps it (on disk), not copied into memory
            InmateImports.Checked checked = imports.check(user.getUsername(), name(file), file::getInputStream);
            if (checked.job() != null) {
                return "redirect:/inmates/import/" + checked.job().id;
            }
            error = checked.error();
            errorArg = checked.errorArg();
        }
        model.addAttribute("error", error);
        model.addAttribute("errorArg", errorArg);
        return form(model);
    }

    @GetMapping("/inmates/import/{id}")
    String report(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ImportJob job = job(user, id);
        if (job.getState() != ImportJob.State.READY) {
            return "redirect:/inmates/import/" + id + "/progress";
        }
        model.addAttribute("job", job);
        model.addAttribute("shownProblems", job.file.problems());
        return "inmate/import-report";
    }

    @PostMapping("/inmates/import/{id}/start")
    String start(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        ImportJob job = job(user, id);
        if (job.file.validCount() == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        imports.start(job);
        return "redirect:/inmates/import/" + id + "/progress";
    }

    @PostMapping("/inmates/import/{id}/discard")
    String discard(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        imports.discard(job(user, id));
        redirect.addFlashAttribute("flashKey", "inmate.import.discarded");
        return "redirect:/inmates/import";
    }

    @GetMapping("/inmates/import/{id}/progress")
    String progress(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ImportJob job = job(user, id);
        if (job.getState() == ImportJob.State.READY) {
            return "redirect:/inmates/import/" + id;
        }
        model.addAttribute("job", job);
        model.addAttribute("jobId", id);
        return "inmate/import-progress";
    }

    private ImportJob job(CurrentUser user, String id) {
        return imports.find(user.getUsername(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "berkas.csv" : name.replaceAll("[\\r\\n]", "").strip();
    }
}
