package id.binaan.enrollment;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The enrollment module's forms. Bean Validation checks what was typed (present, not too long); the rules that
 * depend on the record or the program are the entities' guards, shown by {@code RuleViolationAdvice}.
 */
final class EnrollmentForms {

    private EnrollmentForms() {
    }

    /** One inmate into a program; the reason is needed only when the eligibility panel warns. */
    record EnrollForm(@NotNull(message = "{enrollment.pickInmate}") Long inmateId,
            @Size(max = 1000, message = "{enrollment.override.tooLong}") String overrideReason) {
    }

    /** Several inmates at once: those ticked, and the split between active and waiting shown before committing. */
    record BulkForm(String q, @NotEmpty(message = "{enrollment.bulk.noneChosen}") List<Long> inmateIds,
            Integer expectedActive, Integer expectedWaiting) {

        BulkForm {
            q = q == null ? "" : q;
            inmateIds = inmateIds == null ? List.of() : inmateIds.stream().distinct().toList();
        }

        static BulkForm search(String q) {
            return new BulkForm(q, List.of(), null, null);
        }

        Places.Split expected() {
            return new Places.Split(expectedActive == null ? -1 : expectedActive,
                    expectedWaiting == null ? -1 : expectedWaiting);
        }
    }

    record WithdrawForm(EndReason reason, Long version) {
    }

    record CompleteForm(Outcome outcome,
            @Size(max = 100, message = "{enrollment.complete.certificateTooLong}") String certificateNumber,
            Long version) {
    }

    record PutFirstForm(@Size(max = 500, message = "{enrollment.promote.tooLong}") String reason, Long version) {
    }
}
