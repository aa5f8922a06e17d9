package org.edubalance.core.rotation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.edubalance.core.staff.Gender;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one county's yearly teacher exchange (教育部等《关于推进县（区）域内义务教育学校校长教师交流轮岗的意见》,
 * 2014; docs/planning-methods.md §2.1), as numbers a policy file sets. The shipped default is the national rule; provinces
 * override some values.
 *
 * @param id the policy's id, e.g. {@code national}
 * @param minYearsAtSchool teachers this many consecutive years at their school or more are eligible (6)
 * @param principalMinYears a principal is eligible after this many years (two terms of three years: 6)
 * @param maxAgeByGender no teacher at or above this age (by gender) is eligible; absent: no age cap
 * @param minShareOfEligible at least this share of the eligible teachers move, rounded up (0.10)
 * @param minBackboneShare backbone teachers are at least this share of the base below (0.20)
 * @param backboneShareOfEligible whether the backbone movers are counted against the eligible backbone teachers (Anhui)
 *     instead of against all movers
 * @param maxCommuteKm no move takes a teacher further than this from home (or from the current school)
 * @param maxShareLeaving no school loses more than this share of its teachers of a segment in one year
 * @param direction which moves are allowed
 * @param subjectsMustStayStaffed whether every school keeps at least its teachers of each subject and segment
 * @param indicatorWeights the teacher indicators to balance and their weights
 * @param moverPenalty cost of one mover beyond the minimum, in units of the balance objective (without it the
 *     optimum churns far more teachers than needed)
 * @param maxMovers at most this many movers, or {@code null} for no cap
 */
public record RotationPolicy(
        String id,
        int minYearsAtSchool,
        int principalMinYears,
        Map<Gender, Integer> maxAgeByGender,
        double minShareOfEligible,
        double minBackboneShare,
        boolean backboneShareOfEligible,
        double maxCommuteKm,
        double maxShareLeaving,
        Direction direction,
        boolean subjectsMustStayStaffed,
        Map<TeacherIndicator, Double> indicatorWeights,
        double moverPenalty,
        @Nullable Integer maxMovers) {

    public RotationPolicy {
        maxAgeByGender = Map.copyOf(maxAgeByGender);
        // In the indicators' declared order, not Map.copyOf's order, which is salted per JVM: the planners build their
        // models by iterating these weights, so two servers (or two runs of the CLI) must see one order to give one
        // plan among equally good ones.
        indicatorWeights =
                indicatorWeights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(indicatorWeights));
        requireShare("minShareOfEligible", minShareOfEligible);
        requireShare("minBackboneShare", minBackboneShare);
        requireShare("maxShareLeaving", maxShareLeaving);
        if (minYearsAtSchool < 0 || principalMinYears < 0) {
            throw new IllegalArgumentException("Years at school are never negative");
        }
        if (!(maxCommuteKm > 0)) {
            throw new IllegalArgumentException("maxCommuteKm is positive, got " + maxCommuteKm);
        }
        if (indicatorWeights.isEmpty() || indicatorWeights.values().stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException(
                    "At least one indicator with a positive weight, got " + indicatorWeights);
        }
        if (!(moverPenalty >= 0)) {
            throw new IllegalArgumentException("moverPenalty is zero or more, got " + moverPenalty);
        }
        if (maxMovers != null && maxMovers < 0) {
            throw new IllegalArgumentException("maxMovers is zero or more, got " + maxMovers);
        }
    }

    /** This policy with movers capped at {@code cap} (the "fewest moves" alternative caps them at the quota). */
    public RotationPolicy withMaxMovers(@Nullable Integer cap) {
        return with(moverPenalty, cap);
    }

    /** This policy with another cost per mover (the "most balancing" alternative sets it to 0). */
    public RotationPolicy withMoverPenalty(double penalty) {
        return with(penalty, maxMovers);
    }

    private RotationPolicy with(double penalty, @Nullable Integer cap) {
        return new RotationPolicy(
                id,
                minYearsAtSchool,
                principalMinYears,
                maxAgeByGender,
                minShareOfEligible,
                minBackboneShare,
                backboneShareOfEligible,
                maxCommuteKm,
                maxShareLeaving,
                direction,
                subjectsMustStayStaffed,
                indicatorWeights,
                penalty,
                cap);
    }

    private static void requireShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " is a share between 0 and 1, got " + share);
        }
    }

    /** The age cap for {@code gender}, if the policy sets one. */
    public OptionalInt maxAge(Gender gender) {
        Integer cap = maxAgeByGender.get(gender);
        return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
    }
}
