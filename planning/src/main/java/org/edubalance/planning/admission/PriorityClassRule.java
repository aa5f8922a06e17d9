package org.edubalance.planning.admission;

import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.PriorityClass;
import org.jspecify.annotations.Nullable;

/**
 * The class of a child at a school (docs/planning/admission.md §3): at a private school {@link PriorityClass#PRIVATE};
 * at a public school of zone Z the first class of the policy's list whose condition holds, else
 * {@link PriorityClass#OUT_OF_ZONE}. A class the policy does not list never applies.
 */
public final class PriorityClassRule {
    private PriorityClassRule() {}

    /**
     * The class of {@code child} at a school of zone {@code zone} ({@code null} for a public school in no zone: then
     * no zone condition can hold).
     */
    public static PriorityClass classAt(
            Applicant child, @Nullable String zone, boolean privateSchool, AdmissionPolicy policy) {
        if (privateSchool) {
            return PriorityClass.PRIVATE;
        }
        if (zone == null) {
            return PriorityClass.OUT_OF_ZONE;
        }
        boolean hukou = zone.equals(child.hukouZone());
        boolean home = zone.equals(child.homeZone());
        for (PriorityClass c : policy.classes()) {
            if (holds(c, child, hukou, home, policy)) {
                return c;
            }
        }
        return PriorityClass.OUT_OF_ZONE;
    }

    /** Whether the condition of {@code c} holds for a child with hukou / home in the school's zone or not. */
    static boolean holds(PriorityClass c, Applicant child, boolean hukou, boolean home, AdmissionPolicy policy) {
        return switch (c) {
            case SPECIAL ->
                child.specialPriority() != null
                        && policy.specialPriorities().contains(child.specialPriority())
                        && (hukou || home);
            case HUKOU_AND_HOME -> hukou && home && child.homeOwned();
            case HUKOU -> hukou;
            case HOME -> home && child.homeOwned();
            case RESIDENT -> home && child.residencePermit();
            case OUT_OF_ZONE, PRIVATE -> false;
        };
    }

    /**
     * The rank of {@code c} at a school: its position in the policy's list, {@code OUT_OF_ZONE} after all of them
     * (and {@code PRIVATE}, alone at its schools, 0).
     */
    public static int order(PriorityClass c, AdmissionPolicy policy) {
        return switch (c) {
            case PRIVATE -> 0;
            case OUT_OF_ZONE -> policy.classes().size();
            default -> policy.classes().indexOf(c);
        };
    }
}
