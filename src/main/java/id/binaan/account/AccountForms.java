package id.binaan.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of account administration and of a user's own password. */
final class AccountForms {

    private AccountForms() {
    }

    record NewAccount(
            @NotBlank(message = "{account.username.required}")
            @Size(max = 50, message = "{account.username.size}")
            @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{account.username.pattern}") String username,
            @NotBlank(message = "{account.fullName.required}")
            @Size(max = 200, message = "{account.fullName.size}") String fullName,
            @NotNull(message = "{account.role.required}") Role role,
            Long partnerId,
            String password) {

        static NewAccount empty() {
            return new NewAccount("", "", null, null, "");
        }
    }

    record EditAccount(
            @NotBlank(message = "{account.fullName.required}")
            @Size(max = 200, message = "{account.fullName.size}") String fullName,
            @NotNull(message = "{account.role.required}") Role role,
            Long partnerId,
            long version) {
    }

    record ResetPassword(String password) {
    }

    record ChangePassword(
            @NotBlank(message = "{password.current.required}") String currentPassword,
            String newPassword,
            String confirmation) {
    }
}
