package org.edubalance.core.enrolment;

import java.util.List;

/** What a round admits to, and so which files it freezes in the commit's order (docs/planning/rounds.md §1). */
public enum EnrolmentRoundKind {
    /** Admission to grade 1 or grade 7 of a county (docs/planning/admission.md). */
    ADMISSION(List.of("schools", "seats", "zones", "applicants", "policy")),
    /** The entrance-exam admission of a county or city, with the quota seats (docs/planning/quota.md). */
    QUOTA(List.of("schools", "high_schools", "candidates", "policy"));

    private final List<String> inputs;

    EnrolmentRoundKind(List<String> inputs) {
        this.inputs = inputs;
    }

    /** The inputs' names in the order {@code edubalance lottery commit --kind …} hashes them. */
    public List<String> inputs() {
        return inputs;
    }
}
