package org.edubalance.core.evaluation;

import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Whether a school is assessed under a pack's scope (docs/standards.md §1.2, §2.2), and if not, why.
 *
 * @param school the school
 * @param excludedBecause the reason it is left out, or {@code null} when it is assessed
 */
public record ScopeDecision(SchoolYear school, @Nullable Finding excludedBecause) {

    /** Applies {@code scope} to {@code school}. */
    public static ScopeDecision of(Scope scope, SchoolYear school) {
        if (scope.excludedTypes().contains(school.type())) {
            return new ScopeDecision(school, Finding.of(FindingCode.TYPE_OUT_OF_SCOPE, "type", school.type()));
        }
        if (school.type() == SchoolType.TEACHING_POINT
                && school.compulsoryStudents() < scope.minStudentsForTeachingPoint()) {
            return new ScopeDecision(
                    school,
                    Finding.of(
                            FindingCode.SMALL_TEACHING_POINT,
                            "students",
                            school.compulsoryStudents(),
                            "min",
                            scope.minStudentsForTeachingPoint()));
        }
        if (!scope.includePrivate() && school.ownership() == Ownership.PRIVATE) {
            return new ScopeDecision(school, Finding.of(FindingCode.PRIVATE_OUT_OF_SCOPE));
        }
        if (school.compulsoryStudents() == 0) {
            return new ScopeDecision(school, Finding.of(FindingCode.NO_COMPULSORY_STUDENTS));
        }
        return new ScopeDecision(school, null);
    }

    public boolean inScope() {
        return excludedBecause == null;
    }
}
