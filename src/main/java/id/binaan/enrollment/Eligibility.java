package id.binaan.enrollment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.binaan.inmate.Education;
import id.binaan.inmate.InmateStatus;
import id.binaan.inmate.Sex;
import id.binaan.program.Audience;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramStatus;
import id.binaan.shared.Labelled;
import id.binaan.shared.RuleViolation;

/**
 * DESIGN.md rule 2, explained: each rule with its verdict and the reason, so that staff see why an inmate may or
 * may not join a program; and the guard that enrolling obeys. Pure: no database, no Spring.
 */
final class Eligibility {

    enum Rule implements Labelled {
        INMATE_ACTIVE, PROGRAM_OPEN, NOT_ALREADY_ENROLLED, LEVEL_FITS, NO_OVERLAP, AUDIENCE, RELEASE_AFTER_END;

        @Override
        public String labelKey() {
            return "eligibility." + name();
        }
    }

    enum Verdict implements Labelled {
        PASS, WARN, FAIL;

        @Override
        public String labelKey() {
            return "eligibility.verdict." + name();
        }
    }

    /** One rule's answer; {@code messageKey} and {@code args} say why, in the user's language. */
    record RuleResult(Rule rule, Verdict verdict, String messageKey, List<Object> args) {
        static RuleResult of(Rule rule, Verdict verdict, Object... args) {
            return new RuleResult(rule, verdict,
                    "eligibility." + rule.name() + "." + verdict.name().toLowerCase(), Arrays.asList(args));
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

        Verdict verdictOf(Rule rule) {
            return rules.stream().filter(r -> r.rule() == rule).map(RuleResult::verdict).findFirst().orElseThrow();
        }

        /**
         * The guard before enrolling: refused when a rule fails, or when there is a warning and no written reason
         * to enroll all the same. Answers the reason to keep with the enrollment (none without a warning).
         */
        String requireAdmitted(String overrideReason) {
            RuleViolation.require(!blocked(), null, "enrollment.refused.blocked");
            String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
            RuleViolation.require(!warns() || reason != null, "overrideReason", "enrollment.override.required");
            return warns() ? reason : null;
        }
    }

    /** Several inmates at once take no written reasons: each must pass every rule without a warning. */
    static void requireAllAdmitted(Map<String, Check> byName) {
        RuleViolation.Problems problems = RuleViolation.collect();
        byName.forEach((name, check) -> problems.check(!check.blocked() && !check.warns(), null,
                "enrollment.bulk.notEligible", name));
        problems.throwIfAny();
    }

    record Slot(LocalDate date, LocalTime start, LocalTime end) {
        boolean overlaps(Slot other) {
            return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /** A session of another program the inmate is active in. */
    record BusySlot(String programTitle, Slot slot) {
    }

    record Candidate(InmateStatus status, Education education, Sex sex, LocalDate expectedRelease) {
    }

    record Offer(ProgramStatus status, EducationLevel level, Audience audience, LocalDate endDate, List<Slot> sessions) {
    }

    private Eligibility() {
    }

    static Check check(Candidate inmate, Offer program, boolean alreadyEnrolled, List<BusySlot> busy) {
        List<RuleResult> results = new ArrayList<>();
        results.add(RuleResult.of(Rule.INMATE_ACTIVE, inmate.status() == InmateStatus.ACTIVE ? Verdict.PASS : Verdict.FAIL));
        // "Held in the program's facility" goes here, as a FAIL like the rule above, once facilities are records:
        // until then Binaan serves one facility and every inmate it knows is held in it.
        results.add(RuleResult.of(Rule.PROGRAM_OPEN, program.status().takesParticipants() ? Verdict.PASS : Verdict.FAIL));
        results.add(RuleResult.of(Rule.NOT_ALREADY_ENROLLED, alreadyEnrolled ? Verdict.FAIL : Verdict.PASS));
        results.add(levelFits(inmate.education(), program.level()));
        results.add(noOverlap(program.sessions(), busy));
        results.add(RuleResult.of(Rule.AUDIENCE, program.audience().admits(inmate.sex()) ? Verdict.PASS : Verdict.WARN,
                program.audience(), inmate.sex()));
        results.add(releaseAfterEnd(inmate.expectedRelease(), program.endDate()));
        return new Check(List.copyOf(results));
    }

    /** Whether {@code program} would suit the inmate where another did not: it takes participants, its level and audience fit. */
    static boolean suits(Candidate inmate, Offer program) {
        return program.status().takesParticipants() && (program.level() == null || program.level().admits(inmate.education()))
                && program.audience().admits(inmate.sex());
    }

    private static RuleResult levelFits(Education education, EducationLevel level) {
        if (level == null) {
            return new RuleResult(Rule.LEVEL_FITS, Verdict.PASS, "eligibility.LEVEL_FITS.notApplicable", List.of());
        }
        return RuleResult.of(Rule.LEVEL_FITS, level.admits(education) ? Verdict.PASS : Verdict.FAIL, education, level);
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
