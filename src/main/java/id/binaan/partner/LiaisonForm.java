package id.binaan.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A liaison account for a partner: who, and the initial password typed twice. */
record LiaisonForm(
        @NotBlank @Pattern(regexp = "^$|^[a-zA-Z0-9._-]{3,50}$") String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Size(min = 12, max = 200) String password,
        @NotBlank String passwordRepeat) {

    static LiaisonForm empty() {
        return new LiaisonForm(null, null, null, null);
    }

    boolean passwordsDiffer() {
        return password != null && passwordRepeat != null && !password.equals(passwordRepeat);
    }
}
