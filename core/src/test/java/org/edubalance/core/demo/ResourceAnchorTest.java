package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What the anchor requires is what, split by the docs/standards.md §3.5 weights, just meets each segment's threshold. */
class ResourceAnchorTest {

    @Test
    void singleSegmentSchoolsNeedThresholdTimesStudents() {
        assertThat(ResourceAnchor.TEACHING_AUX_AREA.requirement(400, 0, 0)).isCloseTo(1_800, within(1e-9));
        assertThat(ResourceAnchor.TEACHING_AUX_AREA.requirement(0, 400, 0)).isCloseTo(2_320, within(1e-9));
    }

    @Test
    void completeSecondarySchoolMeetsTheJuniorThresholdAfterTheSplit() {
        double area = ResourceAnchor.TEACHING_AUX_AREA.requirement(0, 600, 900);
        double juniorShare = 600 / (600 + 1.2 * 900);

        assertThat(area * juniorShare / 600).isCloseTo(5.8, within(1e-9));
    }

    @Test
    void oneThroughSchoolMeetsBothThresholdsAfterTheSplit() {
        for (ResourceAnchor anchor : ResourceAnchor.values()) {
            double total = anchor.requirement(166, 210, 0);
            double units = 166 + 1.1 * 210;
            double primary = total * (166 / units) / 166;
            double junior = total * (1.1 * 210 / units) / 210;

            assertThat(primary).as(anchor.name()).isGreaterThanOrEqualTo(anchor.primary() - 1e-9);
            assertThat(junior).as(anchor.name()).isGreaterThanOrEqualTo(anchor.junior() - 1e-9);
            assertThat(Math.min(primary / anchor.primary(), junior / anchor.junior()))
                    .as(anchor.name())
                    .isCloseTo(1, within(1e-9));
        }
    }
}
