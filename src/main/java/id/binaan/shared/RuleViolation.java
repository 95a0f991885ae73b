package id.binaan.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A business rule refused a change; nothing was changed. Thrown by the guard of an entity's named transition
 * (or of the small domain object that holds a rule spanning several records), never by a controller. Each
 * problem names the form field it concerns ({@code null}: the form as a whole), the message key that explains
 * it, and that message's arguments; {@link Labelled} values and dates among them are shown in words.
 * {@code RuleViolationAdvice} shows the problems beside their fields and in the error summary.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: where, which message, with what. */
    public record Problem(String field, String messageKey, List<Object> args) {

        public Problem {
            args = Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    private final transient List<Problem> problems;

    public RuleViolation(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, Arrays.asList(args))));
    }

    private RuleViolation(List<Problem> problems) {
        super(problems.get(0).messageKey(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Refuses unless {@code condition} holds. */
    public static void require(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            throw new RuleViolation(field, messageKey, args);
        }
    }

    /** For a guard that reports every problem of a form at once. */
    public static Problems collect() {
        return new Problems();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's message key. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    /** The first problem's field, or {@code null} for the form as a whole. */
    public String field() {
        return problems.get(0).field();
    }

    /** Problems gathered one by one, thrown together. */
    public static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        private Problems() {
        }

        public Problems check(boolean condition, String field, String messageKey, Object... args) {
            if (!condition) {
                found.add(new Problem(field, messageKey, Arrays.asList(args)));
            }
            return this;
        }

        /** Whether a problem was found for {@code field} already (so that one field gets one message). */
        public boolean has(String field) {
            return found.stream().anyMatch(p -> field.equals(p.field()));
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new RuleViolation(found);
            }
        }
    }
}
