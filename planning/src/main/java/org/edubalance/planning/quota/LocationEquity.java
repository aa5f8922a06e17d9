package org.edubalance.planning.quota;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;

/**
 * The equity table pooled by location (docs/planning/quota.md §5): the junior highs of one location class, their
 * candidates and how many of them a quality (KEY) high school admits with and without the quota seats. Rural against
 * urban is read off these rows; the workbook charts them and {@code plan quota} prints them.
 *
 * @param location the location class of the junior highs
 * @param juniorHighs how many junior highs of the round have this location
 * @param candidates their candidates
 * @param keyAdmitted of them, admitted to a KEY high school in either batch
 * @param keyAdmittedWithoutQuota the same in the counterfactual without quota seats
 */
public record LocationEquity(
        Location location, int juniorHighs, long candidates, long keyAdmitted, long keyAdmittedWithoutQuota) {

    /** One row per location that has a junior high in {@code equity}, in the order URBAN, TOWN, RURAL. */
    public static List<LocationEquity> of(List<JuniorEquity> equity) {
        Map<Location, long[]> sums = new EnumMap<>(Location.class);
        for (JuniorEquity e : equity) {
            long[] sum = sums.computeIfAbsent(e.location(), l -> new long[4]);
            sum[0]++;
            sum[1] += e.candidates();
            sum[2] += e.keyAdmitted();
            sum[3] += e.keyAdmittedWithoutQuota();
        }
        List<LocationEquity> rows = new ArrayList<>();
        sums.forEach((location, sum) -> rows.add(new LocationEquity(location, (int) sum[0], sum[1], sum[2], sum[3])));
        return rows;
    }

    /** The pooled key-school rate with quota seats (Σ keyAdmitted ÷ Σ candidates); a location row has candidates. */
    public double keyRate() {
        return (double) keyAdmitted / candidates;
    }

    /** The pooled key-school rate without quota seats. */
    public double keyRateWithoutQuota() {
        return (double) keyAdmittedWithoutQuota / candidates;
    }
}
