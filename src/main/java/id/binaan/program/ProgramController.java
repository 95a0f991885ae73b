package id.binaan.program;

import id.binaan.shared.InputContract;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import id.binaan.account.CurrentUser;
import id.binaan.partner.Partners;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists of trainings and classes, a program's page, and its lifecycle actions. */
@Controller
class ProgramController {

    private static final int PAGE_SIZE = 25;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ProgramService service;
    private final Partners partners;

    ProgramController(ProgramService service, Partners partners) {
        this.service = service;
        this.partners = partners;
    }

    @GetMapping("/programs")
    String list(@RequestParam(defaultValue = "TRAINING") ProgramKind kind,
            @RequestParam(required = false) Long partner, @RequestParam(required = false) ProgramStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "startDate") String sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String sortBy = switch (sort) {
            case "title", "status", "endDate" -> sort;
            default -> "startDate";
        };
        var programs = service.search(kind, partner, status, from == null ? EARLIEST : from, to == null ? LATEST : to,
                InputContract.page(page, PAGE_SIZE, Sort.by(sortBy).and(Sort.by("id"))));
        model.addAttribute("programs", programs);
        model.addAttribute("placesTaken", programs.stream()
                .collect(Collectors.toMap(Program::getId, p -> service.placesTaken(p.getId()))));
        model.addAttribute("kind", kind);
        model.addAttribute("partner", partner);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("sort", sortBy);
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("partners", partners.options());
        model.addAttribute("partnerNames", partnerNames());
        return "program/programs";
    }

    @GetMapping("/programs/{id}")
    String show(@PathVariable Long id, @RequestParam(name = "page", defaultValue = "0") int rosterPage, Model model) {
        ProgramService.ProgramPage page = service.page(id);
        // the page of the program's enrollments shown below (enrollment/roster)
        model.addAttribute("rosterPage", Math.max(0, rosterPage));
        model.addAttribute("page", page);
        model.addAttribute("program", page.program());
        // the buttons of the actions the program's status allows; cancelling asks first, on a page of its own
        model.addAttribute("steps", page.program().allowedActions().stream().filter(a -> a != ProgramAction.CANCEL)
                .sorted().toList());
        model.addAttribute("cancellable", page.program().allowedActions().contains(ProgramAction.CANCEL));
        model.addAttribute("partnerName", page.program().getPartnerName());
        return "program/program";
    }

    @PostMapping("/programs/{id}/open")
    String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, ProgramAction.OPEN, user, redirect);
    }

    @PostMapping("/programs/{id}/start")
    String start(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, ProgramAction.START, user, redirect);
    }

    @PostMapping("/programs/{id}/complete")
    String complete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, ProgramAction.COMPLETE, user, redirect);
    }

    /** Cancelling cannot be undone, so it asks first. */
    @GetMapping("/programs/{id}/cancel")
    String confirmCancel(@PathVariable Long id, Model model) {
        model.addAttribute("program", service.get(id));
        return "program/cancel-program";
    }

    @PostMapping("/programs/{id}/cancel")
    String cancel(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, ProgramAction.CANCEL, user, redirect);
    }

    /** A refused action is shown on the refusal page (an action button has no form to show it beside). */
    private String act(Long id, ProgramAction action, CurrentUser user, RedirectAttributes redirect) {
        service.act(id, action, user.getUsername());
        redirect.addFlashAttribute("flashKey", "program.flash." + action.name().toLowerCase());
        return "redirect:/programs/" + id;
    }

    private Map<Long, String> partnerNames() {
        return partners.options().stream()
                .collect(Collectors.toMap(Partners.PartnerOption::id, Partners.PartnerOption::name, (a, b) -> a));
    }
}
