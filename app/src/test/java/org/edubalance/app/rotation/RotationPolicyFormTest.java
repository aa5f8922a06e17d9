package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotationPolicyFormTest {
    private final RotationPolicies policies = new RotationPolicies();

    @ParameterizedTest
    @ValueSource(strings = {"national", "anhui"})
    void aShippedPolicyFilledInAndWrittenBackIsThatPolicy(String id) {
        RotationPolicy shipped = policies.shipped(id);

        assertThat(policies.read(RotationPolicyForm.of(shipped).yaml())).isEqualTo(shipped);
    }

    @Test
    void writesTheKnobsInThePoliciesUnitsOverTheBase() {
        var form = RotationPolicyForm.of(policies.shipped("anhui"));
        form.setMaxCommuteKm(12.5);
        form.setMinSharePercent(12.5);
        form.setBackboneSharePercent(30.0);
        form.setMaxLeavingPercent(10.0);
        form.setDirection("towards-weaker-or-rural");
        form.setSubjectsStaffed(false);
        form.setMoverPenalty(0.01);
        form.setMaxMovers(200);

        RotationPolicy policy = policies.read(form.yaml());

        assertThat(form.yaml()).contains("minShareOfEligible: 0.125\n", "maxShareLeaving: 0.1\n");
        assertThat(policy.id()).isEqualTo("anhui");
        assertThat(policy.backboneShareOfEligible()).isTrue();
        assertThat(policy.maxCommuteKm()).isEqualTo(12.5);
        assertThat(policy.minShareOfEligible()).isEqualTo(0.125);
        assertThat(policy.minBackboneShare()).isEqualTo(0.3);
        assertThat(policy.maxShareLeaving()).isEqualTo(0.1);
        assertThat(policy.direction()).isEqualTo(Direction.TOWARDS_WEAKER_OR_RURAL);
        assertThat(policy.subjectsMustStayStaffed()).isFalse();
        assertThat(policy.moverPenalty()).isEqualTo(0.01);
        assertThat(policy.maxMovers()).isEqualTo(200);
    }
}
