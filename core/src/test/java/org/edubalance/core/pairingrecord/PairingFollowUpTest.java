package org.edubalance.core.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/planning/pairing-records.md §3: two rural primary mentees paired in 2023, baseline 2022,
 * sports area per student (m² per student).
 */
class PairingFollowUpTest {
    private static final RegionCode COUNTY = new RegionCode("130102");
    private static final String SPORTS = "sports_area_per_student";
    private static final Agreement AGREEMENT = new Agreement(LocalDate.of(2023, 8, 28), "结对帮扶", null);

    private final List<SegmentObservation> observations = new ArrayList<>();

    @Test
    void theWorkedExample() {
        // Mentees M1, M2: 2022 → 2023 → 2024 mean 5.0 → 5.5 → 6.5.
        observe("M1", Location.RURAL, true, 4.0, 4.5, 6.0);
        observe("M2", Location.RURAL, true, 6.0, 6.5, 7.0);
        // Controls C1, C2: rural, failing in 2022, never paired.
        observe("C1", Location.RURAL, true, 5.0, 5.0, 5.5);
        observe("C2", Location.RURAL, true, 3.0, 3.2, 3.5);
        // M3 is paired from 2024 on: a control for 2023, not for 2024.
        observe("M3", Location.RURAL, true, 4.0, 4.3, 9.0);
        // Not comparable: passed the rule in 2022; a town school; a group member; the mentor; a closed school.
        observe("P1", Location.RURAL, false, 1.0, 1.0, 9.0);
        observe("T1", Location.TOWN, true, 1.0, 1.0, 9.0);
        observe("G1", Location.RURAL, true, 1.0, 1.0, 9.0);
        observe("U1", Location.URBAN, false, 10.0, 10.0, 10.0);
        observe("U2", Location.URBAN, false, 10.0, 10.0, 10.0);
        observations.add(observation("C4", Location.RURAL, true, 2022, 1.0));
        List<Pairing> pairings =
                List.of(pair(1, "U1", "M1", 2023), pair(2, "U1", "M2", 2023), pair(3, "U2", "M3", 2024));
        List<SchoolGroup> groups = List.of(new SchoolGroup(
                1, COUNTY, "实验小学教育集团", new SchoolCode("U9"), List.of(new SchoolCode("G1")), 2023, null));

        FollowUp followUp = new PairingFollowUp(pairings, groups, observations).of(2023, List.of(SPORTS));

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.COMPUTED);
        assertThat(followUp.baselineYear()).isEqualTo(2022);
        assertThat(followUp.laterYears()).containsExactly(2023, 2024);
        assertThat(followUp.pairings()).isEqualTo(2);
        assertThat(followUp.strata()).singleElement().satisfies(stratum -> {
            assertThat(stratum.segment()).isEqualTo(Segment.PRIMARY);
            assertThat(stratum.location()).isEqualTo(Location.RURAL);
            assertThat(stratum.mentees()).isEqualTo(2);
            assertThat(stratum.lines()).extracting(FollowUpLine::year).containsExactly(2023, 2024);
        });
        FollowUpLine y2023 = followUp.strata().getFirst().lines().get(0);
        // Controls C1, C2, M3 (C4 has no 2023 value): 4.0 → (5.0 + 3.2 + 4.3) / 3; DiD = 0.5 − 0.1667 = 0.3333.
        assertThat(y2023.controls()).isEqualTo(3);
        assertThat(y2023.controlValue()).isCloseTo(12.5 / 3, within(1e-12));
        assertThat(y2023.difference()).isCloseTo(0.5 - (12.5 / 3 - 4.0), within(1e-12));
        FollowUpLine y2024 = followUp.strata().getFirst().lines().get(1);
        // Mentees 5.0 → 6.5 (+1.5), controls C1, C2 4.0 → 4.5 (+0.5): DiD = 1.0 m² per student.
        assertThat(y2024.mentees()).isEqualTo(2);
        assertThat(y2024.controls()).isEqualTo(2);
        assertThat(y2024.menteeBaseline()).isEqualTo(5.0);
        assertThat(y2024.menteeValue()).isEqualTo(6.5);
        assertThat(y2024.controlBaseline()).isEqualTo(4.0);
        assertThat(y2024.controlValue()).isEqualTo(4.5);
        assertThat(y2024.difference()).isCloseTo(1.0, within(1e-12));
        assertThat(y2024.status()).isEqualTo(FollowUpStatus.COMPUTED);
    }

    @Test
    void withoutControlsNoDifferenceIsGiven() {
        observe("M1", Location.RURAL, true, 4.0, 4.5, 6.0);
        observe("P1", Location.RURAL, false, 1.0, 1.0, 9.0);
        FollowUp followUp = new PairingFollowUp(List.of(pair(1, "U1", "M1", 2023)), List.of(), observations)
                .of(2023, List.of(SPORTS));
        assertThat(followUp.strata().getFirst().lines()).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(FollowUpStatus.NO_CONTROLS);
            assertThat(line.controls()).isZero();
            assertThat(line.difference()).isNull();
            assertThat(line.menteeValue()).isNotNull();
        });
    }

    @Test
    void theBaselineIsTheStartYearWhenTheYearBeforeIsNotHeldAndNoLaterYearIsSaid() {
        observations.add(observation("M1", Location.RURAL, true, 2023, 4.0));
        observations.add(observation("C1", Location.RURAL, true, 2023, 4.0));
        FollowUp followUp = new PairingFollowUp(List.of(pair(1, "U1", "M1", 2023)), List.of(), observations)
                .of(2023, List.of(SPORTS));
        assertThat(followUp.baselineYear()).isEqualTo(2023);
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.NO_LATER_YEAR);
        assertThat(followUp.strata()).isEmpty();

        observations.add(observation("M1", Location.RURAL, true, 2024, 5.0));
        observations.add(observation("C1", Location.RURAL, true, 2024, 4.5));
        FollowUp later = new PairingFollowUp(List.of(pair(1, "U1", "M1", 2023)), List.of(), observations)
                .of(2023, List.of(SPORTS));
        assertThat(later.laterYears()).containsExactly(2024);
        assertThat(later.strata().getFirst().lines().getFirst().difference()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aYearWithoutPairingsOrDataIsSaidSo() {
        observe("M1", Location.RURAL, true, 4.0, 4.5, 6.0);
        var followUp = new PairingFollowUp(List.of(pair(1, "U1", "M1", 2023)), List.of(), observations);
        assertThat(followUp.of(2021, List.of(SPORTS)).status()).isEqualTo(FollowUpStatus.NO_PAIRINGS);
        var noData = new PairingFollowUp(List.of(pair(1, "U1", "M1", 2030)), List.of(), observations);
        assertThat(noData.of(2030, List.of(SPORTS)).status()).isEqualTo(FollowUpStatus.NO_BASELINE_YEAR);
    }

    @Test
    void aMenteeWithoutBaselineDataIsCountedApart() {
        observe("M1", Location.RURAL, true, 4.0, 4.5, 6.0);
        observe("C1", Location.RURAL, true, 5.0, 5.0, 5.5);
        observations.add(observation("M2", Location.RURAL, true, 2024, 3.0));
        FollowUp followUp = new PairingFollowUp(
                        List.of(pair(1, "U1", "M1", 2023), pair(2, "U1", "M2", 2023)), List.of(), observations)
                .of(2023, List.of(SPORTS));
        assertThat(followUp.menteesWithoutBaseline()).isEqualTo(1);
        assertThat(followUp.strata().getFirst().mentees()).isEqualTo(1);
    }

    private void observe(String school, Location location, boolean failsIn2022, double v22, double v23, double v24) {
        observations.add(observation(school, location, failsIn2022, 2022, v22));
        observations.add(observation(school, location, failsIn2022, 2023, v23));
        observations.add(observation(school, location, failsIn2022, 2024, v24));
    }

    private static SegmentObservation observation(
            String school, Location location, boolean fails, int year, double value) {
        return new SegmentObservation(
                new SchoolCode(school), Segment.PRIMARY, location, year, Map.of(SPORTS, value), fails);
    }

    private static Pairing pair(long id, String mentor, String mentee, int start) {
        return new Pairing(
                id, COUNTY, Segment.PRIMARY, new SchoolCode(mentor), new SchoolCode(mentee), start, null, AGREEMENT);
    }
}
