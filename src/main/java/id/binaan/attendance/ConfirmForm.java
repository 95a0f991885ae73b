package id.binaan.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The liaison's confirmation: JP delivered and a short note. */
record ConfirmForm(@NotNull(message = "{confirm.error.jp}") @Min(value = 0, message = "{confirm.error.jp}")
        @Max(value = 20, message = "{confirm.refused.jp}") Integer jpDelivered,
        @Size(max = 500, message = "{confirm.error.note}") String note) {
}
