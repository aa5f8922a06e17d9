package org.edubalance.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.HorizonBeforeBirthException;
import org.edubalance.planning.forecast.SeatForecast.YearLine;
import org.junit.jupiter.api.Test;

/**
 * The forecast of docs/planning/zoning.md §4 on a hand-built county, data year 2025, grade 1. Children by age 0–5 (older
 * ages 0):
 *
 * <pre>
 *   block zone  a0 a1 a2 a3 a4 a5
 *   B1    Z1    10 12 14 16 18 20
 *   B2    Z1     5  5  5 40  5 25
 *   B3    Z2    70 71 60  0  0 80
 * </pre>
 *
 * Z1 is school S1 (50 seats); Z2 the multi-school zone of S3 and S2 (40 + 30 = 70 seats); Z3 is S4, which has no
 * seats row (0 seats) and no block. Year 2025 + k counts age 6 − k. By hand: Z1 = 45, 23, 56, 19, 17, 15 against 50 —
 * short by 6 in 2028 only; Z2 = 80, 0, 0, 60, 71, 70 against 70 — short by 10 in 2026 and 1 in 2030, and 70 in 2031
 * exactly fills it (not over); Z3 = 0 against 0 every year.
 */
class SeatForecasterTest {
    private static final RegionCode COUNTY = new RegionCode("371002");

    private static Block block(String id, int... youngest) {
        List<Integer> children = new ArrayList<>(java.util.Collections.nCopies(13, 0));
        for (int age = 0; age < youngest.length; age++) {
            children.set(age, youngest[age]);
        }
        return new Block(id, id, null, children);
    }

    private static SeatForecastInput county(double rate, int years) {
        return new SeatForecastInput(
                2025,
                COUNTY,
                EntryGrade.G1,
                List.of(
                        block("B1", 10, 12, 14, 16, 18, 20),
                        block("B2", 5, 5, 5, 40, 5, 25),
                        block("B3", 70, 71, 60, 0, 0, 80)),
                Map.of("B1", "Z1", "B2", "Z1", "B3", "Z2"),
                List.of(
                        new AttendanceZone("Z3", List.of(new SchoolCode("S4"))),
                        new AttendanceZone("Z2", List.of(new SchoolCode("S3"), new SchoolCode("S2"))),
                        new AttendanceZone("Z1", List.of(new SchoolCode("S1")))),
                Map.of("S1", 50, "S2", 30, "S3", 40),
                rate,
                years);
    }

    @Test
    void eachZoneYearByYearAgainstItsSchoolsSeats() {
        SeatForecast forecast = new SeatForecaster().forecast(county(1.0, 6));
        assertThat(forecast.zones())
                .extracting(SeatForecast.ZoneForecast::zoneId)
                .containsExactly("Z1", "Z2", "Z3");
        assertThat(forecast.zones().get(1).schools()).containsExactly("S2", "S3");
        assertThat(forecast.zones().get(0).years())
                .extracting(YearLine::year, YearLine::entrants, YearLine::seats, YearLine::shortfall, YearLine::over)
                .containsExactly(
                        tuple(2026, 45.0, 50, 0.0, false),
                        tuple(2027, 23.0, 50, 0.0, false),
                        tuple(2028, 56.0, 50, 6.0, true),
                        tuple(2029, 19.0, 50, 0.0, false),
                        tuple(2030, 17.0, 50, 0.0, false),
                        tuple(2031, 15.0, 50, 0.0, false));
        assertThat(forecast.zones().get(1).years())
                .extracting(YearLine::entrants, YearLine::seats, YearLine::shortfall, YearLine::over)
                .containsExactly(
                        tuple(80.0, 70, 10.0, true),
                        tuple(0.0, 70, 0.0, false),
                        tuple(0.0, 70, 0.0, false),
                        tuple(60.0, 70, 0.0, false),
                        tuple(71.0, 70, 1.0, true),
                        tuple(70.0, 70, 0.0, false));
        assertThat(forecast.zones().get(2).years())
                .allSatisfy(y -> assertThat(y).isEqualTo(new YearLine(y.year(), 0.0, 0, 0.0, false)));
    }

    @Test
    void theEnrolmentRateScalesTheEntrants() {
        // Half of Z2's 80 five-year-olds enter: 40 against 70 seats.
        YearLine first = new SeatForecaster()
                .forecast(county(0.5, 1))
                .zones()
                .get(1)
                .years()
                .getFirst();
        assertThat(first).isEqualTo(new YearLine(2026, 40.0, 70, 0.0, false));
    }

    @Test
    void theDocumentHasTheContractsKeysInOrder() {
        String json = SeatForecastJson.write(new SeatForecaster().forecast(county(1.0, 1)));
        assertThat(json)
                .isEqualTo("{\"kind\":\"forecast\",\"year\":2025,\"countyCode\":\"371002\",\"entryGrade\":\"G1\","
                        + "\"zones\":[{\"zoneId\":\"Z1\",\"schools\":[\"S1\"],\"years\":[{\"year\":2026,\"entrants\":45.0,"
                        + "\"seats\":50,\"shortfall\":0.0,\"over\":false}]},"
                        + "{\"zoneId\":\"Z2\",\"schools\":[\"S2\",\"S3\"],\"years\":[{\"year\":2026,\"entrants\":80.0,"
                        + "\"seats\":70,\"shortfall\":10.0,\"over\":true}]},"
                        + "{\"zoneId\":\"Z3\",\"schools\":[\"S4\"],\"years\":[{\"year\":2026,\"entrants\":0.0,"
                        + "\"seats\":0,\"shortfall\":0.0,\"over\":false}]}]}");
    }

    @Test
    void sevenYearsOfGradeOneNeedChildrenNotYetBorn() {
        assertThatThrownBy(() -> new SeatForecaster().forecast(county(1.0, 7)))
                .isInstanceOf(HorizonBeforeBirthException.class)
                .hasMessageContaining("Year 2032");
    }
}
