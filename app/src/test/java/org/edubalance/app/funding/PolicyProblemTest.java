package org.edubalance.app.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.junit.jupiter.api.Test;

/** The reader's English problems parsed back into a key and a rule the page words in its own language. */
class PolicyProblemTest {
    private static PolicyProblem of(String message) {
        return PolicyProblem.of(new InvalidPolicyException(message));
    }

    @Test
    void aNegativeAmountIsTheNumberRuleWithTheValue() {
        assertThat(of("county-policy.yaml: perStudent.JUNIOR: is a number ≥ 0, got -800."))
                .isEqualTo(new PolicyProblem("perStudent.JUNIOR", "number", "-800"));
    }

    @Test
    void anUnknownKeyAndAMissingOne() {
        assertThat(of("county-policy.yaml: locationFactr: is not a key of a funding policy. Maybe one of: a, b."))
                .isEqualTo(new PolicyProblem("locationFactr", "unknown", ""));
        assertThat(of("county-policy.yaml: budget: is missing. Maybe start the file with 'extends: national-east'."))
                .isEqualTo(new PolicyProblem("budget", "missing", ""));
        assertThat(of("county-policy.yaml: smallSchoolFloor: is a whole number ≥ 0, got 99.5."))
                .isEqualTo(new PolicyProblem("smallSchoolFloor", "whole", "99.5"));
    }

    @Test
    void aSyntaxErrorIsLocatedByLineAndColumn() {
        PolicyProblem p =
                of("county-policy.yaml is not valid YAML at line 3, column 7: mapping values are not allowed");
        assertThat(p.key()).isEqualTo("3:7");
        assertThat(p.rule()).isEqualTo("syntax");
    }
}
