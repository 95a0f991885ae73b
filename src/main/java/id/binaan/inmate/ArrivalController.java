package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.binaan.account.CurrentUser;
import id.binaan.shared.FormPage;

/** Transfers arriving from another facility of this Binaan, and receiving them (DESIGN.md rule 3). */
@Controller
class ArrivalController {

    private static final String RECEIVE = "inmate/receive";

    private final Inmates inmates;

    ArrivalController(Inmates inmates) {
        this.inmates = inmates;
    }

    /** The receiving facility's part of a transfer: its own registration number, block and admission date. */
    static class ReceiveForm {
        @NotBlank(message = "{inmate.error.registrationNumber.required}")
        @Size(max = 30, message = "{inmate.error.registrationNumber.form}")
        private String registrationNumber;
        @NotBlank(message = "{inmate.error.cellBlock.required}")
        @Size(max = 30, message = "{inmate.error.cellBlock.size}")
        private String cellBlock;
        @NotNull(message = "{inmate.error.admissionDate.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate admissionDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expectedReleaseDate;

        // @formatter:off
        public String getRegistrationNumber() { return registrationNumber; }
        public void setRegistrationNumber(String value) { registrationNumber = value; }
        public String getCellBlock() { return cellBlock; }
        public void setCellBlock(String value) { cellBlock = value; }
        public LocalDate getAdmissionDate() { return admissionDate; }
        public void setAdmissionDate(LocalDate value) { admissionDate = value; }
        public LocalDate getExpectedReleaseDate() { return expectedReleaseDate; }
        public void setExpectedReleaseDate(LocalDate value) { expectedReleaseDate = value; }
        // @formatter:on
    }

    @GetMapping("/inmates/arrivals")
    String arrivals(Model model) {
        model.addAttribute("arrivals", inmates.arrivals());
        return "inmate/arrivals";
    }

    @GetMapping("/inmates/arrivals/{transferId}")
    String receiveForm(@PathVariable Long transferId, Model model) {
        ReceiveForm form = new ReceiveForm();
        form.setAdmissionDate(inmates.today());
        String page = page(transferId, model);
        form.setExpectedReleaseDate(((Inmates.Arrival) model.getAttribute("arrival")).expectedReleaseDate());
        model.addAttribute("receive", form);
        return page;
    }

    @PostMapping("/inmates/arrivals/{transferId}")
    @FormPage(RECEIVE)
    String receive(@PathVariable Long transferId, @Valid @ModelAttribute("receive") ReceiveForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = page(transferId, model);
        if (errors.hasErrors()) {
            return page;
        }
        Long id = inmates.receive(user.getUsername(), transferId, form.getRegistrationNumber(), form.getCellBlock(),
                form.getAdmissionDate(), form.getExpectedReleaseDate());
        redirect.addFlashAttribute("flashKey", "inmate.received");
        redirect.addFlashAttribute("flashArg", inmates.view(id).details().fullName());
        return "redirect:/inmates/" + id;
    }

    private String page(Long transferId, Model model) {
        model.addAttribute("arrival", inmates.arrival(transferId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return RECEIVE;
    }
}
