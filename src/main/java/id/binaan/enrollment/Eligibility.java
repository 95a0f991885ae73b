package id.binaan.enrollment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DESIGN.md rule 2, explained: each rule with its verdict and the reason, so that staff see
 * why an inmate may or may not join a program. Pure: no database, no Spring.
 */
final class Eligibility {

    enum Rule { INMATE_ACTIVE, PROGRAM_OPEN, NOT_ALREADY_ENROLLED, LEVEL_FITS, NO_OVERLAP, RELEASE_AFTER_END }

    enum Verdict { PASS, WARN, FAIL }

    /** One rule's answer; {@code messageKey} and {@code args} say why, in the user's language. */
    record RuleResult(Rule rule, Verdict verdict, String messageKey, List<Object> args) {
        static RuleResult of(Rule rule, Verdict verdict, Object... args) {
            return new RuleResult(rule, verdict,
                    "eligibility." + rule.name() + "." + verdict.name().toLowerCase(), List.of(args));
        }
    }

    /** The whole answer: blocked when any rule fails; a warning needs a written override. */
    record Check(List<RuleResult> rules) {
        boolean blocked() {
            return rules.stream().anyMatch(r -> r.verdict() == Verdict.FAIL);
        }

        boolean warns() {
            return rules.stream().anyMatch(r -> r.verdict() == Verdict.WARN);
        }
    }

    record Slot(LocalDate date, LocalTime start, LocalTime end) {
        boolean overlaps(Slot other) {
            return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /** A session of another program the inmate is active in. */
    record BusySlot(String programTitle, Slot slot) {
    }

    record Candidate(String status, String education, LocalDate expectedRelease) {
    }

    record Offer(String status, String level, LocalDate endDate, List<Slot> sessions) {
    }

    private Eligibility() {
    }

    static Check check(Candidate inmate, Offer program, boolean alreadyEnrolled, List<BusySlot> busy) {
        List<RuleResult> results = new ArrayList<>();
        results.add(RuleResult.of(Rule.INMATE_ACTIVE, "ACTIVE".equals(inmate.status()) ? Verdict.PASS : Verdict.FAIL));
        boolean open = "OPEN".equals(program.status()) || "RUNNING".equals(program.status());
        results.add(RuleResult.of(Rule.PROGRAM_OPEN, open ? Verdict.PASS : Verdict.FAIL));
        results.add(RuleResult.of(Rule.NOT_ALREADY_ENROLLED, alreadyEnrolled ? Verdict.FAIL : Verdict.PASS));
        results.add(levelFits(inmate.education(), program.level()));
        results.add(noOverlap(program.sessions(), busy));
        results.add(releaseAfterEnd(inmate.expectedRelease(), program.endDate()));
        return new Check(List.copyOf(results));
    }

    /** Paket A: below SD; Paket B: SD or Paket A done, not SMP; Paket C: SMP or Paket B done, not SMA. */
    static boolean fits(String education, String level) {
        return switch (level) {
            case "PAKET_A" -> "NONE".equals(education);
            case "PAKET_B" -> "SD".equals(education) || "PAKET_A".equals(education);
            case "PAKET_C" -> "SMP".equals(education) || "PAKET_B".equals(education);
            default -> false;
        };
    }

    private static RuleResult levelFits(String education, String level) {
        if (level == null) {
            return new RuleResult(Rule.LEVEL_FITS, Verdict.PASS, "eligibility.LEVEL_FITS.notApplicable", List.of());
        }
        return RuleResult.of(Rule.LEVEL_FITS, fits(education, level) ? Verdict.PASS : Verdict.FAIL, education, level);
    }

    private static RuleResult noOverlap(List<Slot> sessions, List<BusySlot> busy) {
        Optional<BusySlot> clash = busy.stream()
                .filter(b -> sessions.stream().anyMatch(s -> s.overlaps(b.slot())))
                .findFirst();
        return clash.map(b -> RuleResult.of(Rule.NO_OVERLAP, Verdict.FAIL, b.programTitle(), b.slot().date()))
                .orElseGet(() -> RuleResult.of(Rule.NO_OVERLAP, Verdict.PASS));
    }

    private static RuleResult releaseAfterEnd(LocalDate expectedRelease, LocalDate programEnd) {
        if (expectedRelease == null) {
            return new RuleResult(Rule.RELEASE_AFTER_END, Verdict.PASS, "eligibility.RELEASE_AFTER_END.unknown", List.of());
        }
        return RuleResult.of(Rule.RELEASE_AFTER_END,
                expectedRelease.isAfter(programEnd) ? Verdict.PASS : Verdict.WARN, expectedRelease);
    }
}
