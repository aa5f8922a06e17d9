package org.edubalance.app.pairingrecord;

import java.util.List;
import org.edubalance.core.pairingrecord.FollowUp;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up page of a county: the start years to choose from, the follow-up of the one chosen, its chart (inline
 * SVG, every text escaped where drawn) and the indicators' names and units in the page's language.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param startYears the start years of its pairings, newest first
 * @param followUp the follow-up of the chosen start year, or null when the county has no pairing
 * @param charts one chart per stratum of the follow-up, in its order (empty when there is nothing to draw)
 * @param indicators the indicators in pack order, with their names and units
 */
record FollowUpView(
        String countyCode,
        String countyName,
        List<Integer> startYears,
        @Nullable FollowUp followUp,
        List<String> charts,
        List<Indicator> indicators) {

    FollowUpView {
        startYears = List.copyOf(startYears);
        charts = List.copyOf(charts);
        indicators = List.copyOf(indicators);
    }

    /** An indicator's id, name and unit in the page's language. */
    record Indicator(String id, String name, String unit) {}

    /** The name of indicator {@code id}. */
    public String name(String id) {
        return indicators.stream()
                .filter(i -> i.id().equals(id))
                .map(Indicator::name)
                .findFirst()
                .orElse(id);
    }

    /** The unit of indicator {@code id}. */
    public String unit(String id) {
        return indicators.stream()
                .filter(i -> i.id().equals(id))
                .map(Indicator::unit)
                .findFirst()
                .orElse("");
    }
}
