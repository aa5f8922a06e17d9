package org.edubalance.core.evaluation;

import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Whether a school is assessed under a pack's scope (standards.md §1.2, §2.2), and if not, why.
 *
 * @param school the school
 * @param excludedBecause the reason it is left out, or {@code null} when it is assessed
 */
public record ScopeDecision(SchoolYear school, @Nullable String excludedBecause) {

    /** Applies {@code scope} to {@code school}. */
    public static ScopeDecision of(Scope scope, SchoolYear school) {
        if (scope.excludedTypes().contains(school.type())) {
            return new ScopeDecision(school, "school type " + school.type() + " is outside the standard's scope");
        }
        if (school.type() == SchoolType.TEACHING_POINT
                && school.compulsoryStudents() < scope.minStudentsForTeachingPoint()) {
            return new ScopeDecision(
                    school,
                    "teaching point with " + school.compulsoryStudents() + " students (fewer than "
                            + scope.minStudentsForTeachingPoint() + ")");
        }
        if (!scope.includePrivate() && school.ownership() == Ownership.PRIVATE) {
            return new ScopeDecision(school, "private schools are outside the standard's scope");
        }
        if (school.compulsoryStudents() == 0) {
            return new ScopeDecision(school, "no compulsory-education students");
        }
        return new ScopeDecision(school, null);
    }

    public boolean inScope() {
        return excludedBecause == null;
    }
}
