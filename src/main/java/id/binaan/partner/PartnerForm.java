package id.binaan.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the partner form asks; {@code version} is the one the form was opened with. */
record PartnerForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @Size(max = 500) String address,
        @Size(max = 200) String contactPerson,
        @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{5,24}$") String phone,
        @Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 200) String email,
        Long version) {

    static PartnerForm empty() {
        return new PartnerForm(null, null, null, null, null, null, null);
    }

    static PartnerForm of(PartnerViews.Detail p) {
        return new PartnerForm(p.name(), p.type(), p.address(), p.contactPerson(), p.phone(), p.email(), p.version());
    }
}
