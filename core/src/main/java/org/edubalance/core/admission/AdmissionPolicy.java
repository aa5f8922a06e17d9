package org.edubalance.core.admission;

import java.util.List;

/**
 * A county's admission rules (docs/planning/admission.md §2).
 *
 * @param id the shipped id ({@code national}) or the policy file's name
 * @param classes the priority classes that apply, highest first ({@link PriorityClass#SPECIAL} …
 *     {@link PriorityClass#RESIDENT}); a class missing here never applies
 * @param specialPriorities the {@code special_priority} codes that count
 * @param coordination whether children not placed in their zones go on to the county's other public schools (统筹安排)
 * @param maxPrivateChoices how many private schools a child may list
 * @param tieBreak one lottery number per child, or one per child and school
 */
public record AdmissionPolicy(
        String id,
        List<PriorityClass> classes,
        List<String> specialPriorities,
        boolean coordination,
        int maxPrivateChoices,
        TieBreak tieBreak) {

    public AdmissionPolicy {
        classes = List.copyOf(classes);
        specialPriorities = List.copyOf(specialPriorities);
        for (PriorityClass c : classes) {
            if (c == PriorityClass.OUT_OF_ZONE || c == PriorityClass.PRIVATE) {
                throw new IllegalArgumentException(c + " is not a class a policy lists");
            }
        }
        if (classes.stream().distinct().count() != classes.size()) {
            throw new IllegalArgumentException("A class is listed twice: " + classes);
        }
        if (maxPrivateChoices < 0) {
            throw new IllegalArgumentException("maxPrivateChoices is never negative, got " + maxPrivateChoices);
        }
    }

    /** How lottery numbers break ties. */
    public enum TieBreak {
        /** One number per child, the same at every school. */
        SINGLE,
        /** A new number at each school. */
        MULTIPLE
    }
}
