package org.edubalance.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.planning.SolveListener;
import org.junit.jupiter.api.Test;

class PlanningJobKindsTest {

    @Test
    void findsEachKindByItsCodeAndClaimsOnlyThose() {
        var kinds = new PlanningJobKinds(List.of(kind("ROTATION"), kind("QUOTA")));

        assertThat(kinds.codes()).containsExactlyInAnyOrder("ROTATION", "QUOTA");
        assertThat(kinds.find("QUOTA")).map(PlanningJobKind::code).contains("QUOTA");
        assertThat(kinds.find("ADMISSION")).isEmpty();
    }

    @Test
    void refusesTwoKindsWithOneCode() {
        assertThatThrownBy(() -> new PlanningJobKinds(List.of(kind("ROTATION"), kind("ROTATION"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two planner kinds named ROTATION");
    }

    @Test
    void aHeartbeatNotShorterThanTheLeaseIsRefused() {
        assertThatThrownBy(() -> new PlanningJobSettings(
                        "a", Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app.planning.heartbeat");
    }

    private static PlanningJobKind kind(String code) {
        return new PlanningJobKind() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public String auditTarget() {
                return code.toLowerCase(Locale.ROOT) + "-job";
            }

            @Override
            public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
                throw new UnsupportedOperationException("not solved in this test");
            }
        };
    }
}
