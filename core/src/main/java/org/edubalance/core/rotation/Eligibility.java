package org.edubalance.core.rotation;

import org.edubalance.core.staff.Teacher;
import org.jspecify.annotations.Nullable;

/** Who may be rotated this year under a policy, and why not. */
public final class Eligibility {
    private final RotationPolicy policy;

    public Eligibility(RotationPolicy policy) {
        this.policy = policy;
    }

    /** Whether {@code teacher} is eligible. */
    public boolean isEligible(Teacher teacher) {
        return whyNot(teacher) == null;
    }

    /** Why {@code teacher} is not eligible, or {@code null} when eligible. */
    public @Nullable String whyNot(Teacher teacher) {
        if (teacher.isExempt()) {
            return "exempt: " + teacher.exemptReason();
        }
        int minYears = teacher.principal() ? policy.principalMinYears() : policy.minYearsAtSchool();
        if (teacher.yearsAtSchool() < minYears) {
            return teacher.yearsAtSchool() + " years at the school, fewer than " + minYears;
        }
        var cap = policy.maxAge(teacher.gender());
        if (cap.isPresent() && teacher.age() >= cap.getAsInt()) {
            return "aged " + teacher.age() + ", at or above the cap of " + cap.getAsInt();
        }
        return null;
    }
}
