package org.edubalance.planning.rotation;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.conditionally;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.edubalance.core.staff.Subject;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * The rotation rules and objective for the local search — the same as {@link RotationMipPlanner}'s model, so the two
 * solvers' plans are comparable (and the checker verifies both). Hard: the rules; soft: the change of the balance
 * objective against the situation before the plan, plus the cost of each mover, in micro-units.
 */
public final class RotationConstraintProvider implements ConstraintProvider {
    public static final String MOVERS_MEET_THE_QUOTA = "Movers meet the quota";
    public static final String MOVERS_STAY_UNDER_THE_CAP = "Movers stay under the cap";
    public static final String BACKBONE_SHARE_IS_MET = "Backbone teachers are the required share";
    public static final String SCHOOL_LOSES_NO_MORE_THAN_ITS_CAP = "A school segment loses no more than its cap";
    public static final String SUBJECTS_STAY_STAFFED = "Every subject stays staffed";
    public static final String TEACHERS_ARE_BALANCED = "Teacher indicators are balanced";
    public static final String MOVES_COST = "Each move costs";

    /** A school segment's teachers of one subject. */
    record SiteSubject(SiteKey site, Subject subject) {}

    /** One teacher leaving (−1) or joining (+1) a school segment's subject. */
    record Flow(SiteSubject key, long delta) {}

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            moversMeetTheQuota(factory),
            moversStayUnderTheCap(factory),
            backboneShareIsMet(factory),
            schoolLosesNoMoreThanItsCap(factory),
            subjectsStayStaffed(factory),
            teachersAreBalanced(factory),
            movesCost(factory)
        };
    }

    // At least ⌈share × eligible⌉ teachers move.
    Constraint moversMeetTheQuota(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TeacherAssignment.class)
                .groupBy(conditionally(a -> a.getDestination() != null, count()))
                .join(RotationRules.class)
                .filter((movers, rules) -> movers < rules.minMovers())
                .penalize(HardSoftScore.ONE_HARD, (movers, rules) -> rules.minMovers() - movers)
                .asConstraint(MOVERS_MEET_THE_QUOTA);
    }

    // No more movers than the policy's cap, when it sets one.
    Constraint moversStayUnderTheCap(ConstraintFactory factory) {
        return factory.forEach(TeacherAssignment.class)
                .groupBy(count())
                .join(RotationRules.class)
                .filter((movers, rules) -> rules.maxMovers() != null && movers > rules.maxMovers())
                .penalize(HardSoftScore.ONE_HARD, (movers, rules) -> movers - rules.maxMovers())
                .asConstraint(MOVERS_STAY_UNDER_THE_CAP);
    }

    // Backbone teachers are at least the policy's share of the movers (or of the eligible backbone teachers).
    Constraint backboneShareIsMet(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TeacherAssignment.class)
                .groupBy(
                        conditionally(a -> a.getDestination() != null, count()),
                        conditionally(
                                a -> a.getDestination() != null
                                        && a.getTeacher().backboneLevel().isBackbone(),
                                count()))
                .join(RotationRules.class)
                .filter((movers, backbone, rules) -> backbone < rules.minBackbone(movers))
                .penalize(HardSoftScore.ONE_HARD, (movers, backbone, rules) -> rules.minBackbone(movers) - backbone)
                .asConstraint(BACKBONE_SHARE_IS_MET);
    }

    // No school segment loses more than ⌊maxShareLeaving × its teachers⌋.
    Constraint schoolLosesNoMoreThanItsCap(ConstraintFactory factory) {
        return factory.forEach(TeacherAssignment.class)
                .groupBy(TeacherAssignment::getOrigin, count())
                .join(SiteCap.class, Joiners.equal((origin, leaving) -> origin, SiteCap::site))
                .filter((origin, leaving, cap) -> leaving > cap.cap())
                .penalize(HardSoftScore.ONE_HARD, (origin, leaving, cap) -> leaving - cap.cap())
                .asConstraint(SCHOOL_LOSES_NO_MORE_THAN_ITS_CAP);
    }

    // Each school segment receives at least as many teachers of a subject as it sends.
    Constraint subjectsStayStaffed(ConstraintFactory factory) {
        var leaving = factory.forEach(TeacherAssignment.class)
                .map(a -> new Flow(new SiteSubject(a.getOrigin(), a.getTeacher().subject()), -1));
        var joining = factory.forEach(TeacherAssignment.class)
                .map(a -> new Flow(
                        new SiteSubject(a.destinationSite(), a.getTeacher().subject()), 1));
        return leaving.concat(joining)
                .groupBy(Flow::key, sum(Flow::delta))
                .filter((key, net) -> net < 0)
                .penalize(HardSoftScore.ONE_HARD, (key, net) -> -net)
                .asConstraint(SUBJECTS_STAY_STAFFED);
    }

    // Minimise Σ w (P/N) |x − x̄| / x̄ over school segments and indicators: the change against before the plan.
    Constraint teachersAreBalanced(ConstraintFactory factory) {
        var leaving = factory.forEach(TeacherAssignment.class)
                .join(
                        SiteIndicator.class,
                        Joiners.equal(TeacherAssignment::getOrigin, SiteIndicator::site),
                        Joiners.filtering((a, s) -> s.indicator().counts(a.getTeacher())));
        var joining = factory.forEach(TeacherAssignment.class)
                .join(
                        SiteIndicator.class,
                        Joiners.equal(TeacherAssignment::destinationSite, SiteIndicator::site),
                        Joiners.filtering((a, s) -> s.indicator().counts(a.getTeacher())));
        return leaving.concat(joining)
                .groupBy((a, s) -> s, sum((a, s) -> a.getOrigin().equals(s.site()) ? -1L : 1L))
                .impact(HardSoftScore.ONE_SOFT, (s, delta) -> -s.costChange(delta))
                .asConstraint(TEACHERS_ARE_BALANCED);
    }

    // Each mover costs the policy's penalty, and each kilometre of commute a little (a tie-break).
    Constraint movesCost(ConstraintFactory factory) {
        return factory.forEach(TeacherAssignment.class)
                .join(RotationRules.class)
                .penalize(
                        HardSoftScore.ONE_SOFT,
                        (a, rules) -> Math.round((rules.moverPenalty()
                                        + RotationMipPlanner.COMMUTE_TIE_BREAK
                                                * a.getDestination().distanceKm())
                                * SiteIndicator.MICROS))
                .asConstraint(MOVES_COST);
    }
}
