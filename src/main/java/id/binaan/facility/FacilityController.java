package id.binaan.facility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.binaan.shared.FormPage;

/** NATIONAL: the facilities and regions of this Binaan (/admin/facilities). It never edits a facility's records. */
@Controller
class FacilityController {

    static final String PAGE = "facility/facilities";

    private final Facilities facilities;
    private final FacilityAdministration administration;

    FacilityController(Facilities facilities, FacilityAdministration administration) {
        this.facilities = facilities;
        this.administration = administration;
    }

    /** A new facility: code, name, type, region (an existing one or a new name), zone, head and NIP. */
    static class FacilityForm {
        @NotBlank(message = "{facility.error.code.required}")
        @Pattern(regexp = "[A-Za-z0-9-]{2,40}", message = "{facility.error.code.form}")
        private String code;
        @NotBlank(message = "{facility.error.name.required}")
        @Size(max = 200, message = "{facility.error.name.size}")
        private String name;
        @NotNull(message = "{facility.error.type.required}")
        private FacilityType type;
        private Long regionId;
        @Size(max = 100, message = "{facility.error.region.size}")
        private String newRegion;
        @NotBlank(message = "{facility.error.zone.required}")
        @Pattern(regexp = "Asia/(Jakarta|Makassar|Jayapura)", message = "{facility.error.zone.required}")
        private String zone = "Asia/Makassar";
        @Size(max = 200, message = "{facility.error.name.size}")
        private String headName;
        @Pattern(regexp = "|[0-9]{18}", message = "{facility.error.nip.form}")
        private String headNip;

        // @formatter:off
        public String getCode() { return code; }
        public void setCode(String value) { code = value; }
        public String getName() { return name; }
        public void setName(String value) { name = value; }
        public FacilityType getType() { return type; }
        public void setType(FacilityType value) { type = value; }
        public Long getRegionId() { return regionId; }
        public void setRegionId(Long value) { regionId = value; }
        public String getNewRegion() { return newRegion; }
        public void setNewRegion(String value) { newRegion = value; }
        public String getZone() { return zone; }
        public void setZone(String value) { zone = value; }
        public String getHeadName() { return headName; }
        public void setHeadName(String value) { headName = value; }
        public String getHeadNip() { return headNip; }
        public void setHeadNip(String value) { headNip = value; }
        // @formatter:on
    }

    @GetMapping("/admin/facilities")
    String list(Model model) {
        model.addAttribute("facility", new FacilityForm());
        return page(model);
    }

    @PostMapping("/admin/facilities")
    @FormPage(value = PAGE, form = "facility")
    String create(@Valid @ModelAttribute("facility") FacilityForm form, BindingResult errors,
            @AuthenticationPrincipal UserDetails user, Model model, RedirectAttributes redirect) {
        String page = page(model);
        boolean newRegion = form.getNewRegion() != null && !form.getNewRegion().isBlank();
        if (form.getRegionId() == null && !newRegion) {
            errors.rejectValue("regionId", "facility.error.region.required");
        }
        if (errors.hasErrors()) {
            return page;
        }
        Long region = newRegion ? administration.ensureRegion(user.getUsername(), form.getNewRegion())
                : form.getRegionId();
        administration.create(user.getUsername(), form.getCode(), form.getName(), form.getType(), region, form.getZone(),
                form.getHeadName(), form.getHeadNip());
        redirect.addFlashAttribute("flashKey", "facility.created");
        redirect.addFlashAttribute("flashArg", form.getName().strip());
        return "redirect:/admin/facilities";
    }

    private String page(Model model) {
        model.addAttribute("facilities", facilities.all());
        model.addAttribute("regions", facilities.regions());
        model.addAttribute("types", FacilityType.values());
        return PAGE;
    }
}
