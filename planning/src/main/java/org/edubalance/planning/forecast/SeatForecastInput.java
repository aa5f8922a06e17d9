package org.edubalance.planning.forecast;

import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoning.Block;

/**
 * What the forecast reads for one county and entry grade in the data year.
 *
 * @param year the data year: seats, zones and the blocks' children as counted at its start
 * @param county the county
 * @param grade the entry grade
 * @param blocks the county's blocks
 * @param zoneOfBlock the zone of each block ({@code block_zones.csv}), by block id
 * @param zones the grade's zones and their schools ({@code zones.csv})
 * @param seats the seats each school offers for the grade ({@code seats.csv}), by school code; a school without a row
 *     offers 0
 * @param enrolmentRate the policy's share of the children who enter (0 to 1)
 * @param years how many years ahead: {@code year + 1} … {@code year + years}
 */
public record SeatForecastInput(
        int year,
        RegionCode county,
        EntryGrade grade,
        List<Block> blocks,
        Map<String, String> zoneOfBlock,
        List<AttendanceZone> zones,
        Map<String, Integer> seats,
        double enrolmentRate,
        int years) {

    public SeatForecastInput {
        blocks = List.copyOf(blocks);
        zoneOfBlock = Map.copyOf(zoneOfBlock);
        zones = List.copyOf(zones);
        seats = Map.copyOf(seats);
        if (years < 1) {
            throw new IllegalArgumentException("A forecast covers at least 1 year, got " + years);
        }
    }
}
