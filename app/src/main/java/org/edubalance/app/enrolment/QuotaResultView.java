package org.edubalance.app.enrolment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A quota (entrance-exam) round's result on its page (docs/planning/quota.md §5 and §6), read from the result document
 * of {@code plan quota}: the quota seats of each junior high at each high school, the cut-offs, and the equity
 * counterfactual — what the quota seats (指标到校) change for each junior high, and for rural against urban ones.
 *
 * @param highSchools the high schools with quota seats, by code: the quota table's columns
 * @param juniors each junior high: its quota seats at each high school and its equity line, rural ones first
 * @param cutoffs the score of the last admitted of each general batch and quota allocation
 * @param locations the pooled key-school rate of the rural, town and urban junior highs, with and without quotas
 * @param summary the spread of the key-school rate with and without quotas
 */
public record QuotaResultView(
        List<HighSchoolColumn> highSchools,
        List<JuniorLine> juniors,
        List<CutoffLine> cutoffs,
        List<LocationLine> locations,
        Summary summary) {

    public QuotaResultView {
        highSchools = List.copyOf(highSchools);
        juniors = List.copyOf(juniors);
        cutoffs = List.copyOf(cutoffs);
        locations = List.copyOf(locations);
    }

    /** A high school with quota seats: its seats and the share of them given to junior highs. */
    public record HighSchoolColumn(String code, String name, int seats, int quotaSeats) {}

    /**
     * One junior high.
     *
     * @param code the junior high
     * @param name its name
     * @param location {@code URBAN}, {@code TOWN} or {@code RURAL}
     * @param candidates its candidates
     * @param quotaSeats its quota seats at each high school, in the columns' order
     * @param keyAdmitted its candidates admitted to a key high school with the quota seats
     * @param keyAdmittedWithoutQuota the same without them
     */
    public record JuniorLine(
            String code,
            String name,
            String location,
            int candidates,
            List<Integer> quotaSeats,
            int keyAdmitted,
            int keyAdmittedWithoutQuota) {
        public JuniorLine {
            quotaSeats = List.copyOf(quotaSeats);
        }

        /** Its quota seats at every high school. */
        public int totalQuotaSeats() {
            return quotaSeats.stream().mapToInt(Integer::intValue).sum();
        }

        /** What the quota seats change: admitted to key high schools with them minus without them. */
        public int change() {
            return keyAdmitted - keyAdmittedWithoutQuota;
        }

        /** Key-school rate with the quota seats, in percent; {@code null} without candidates. */
        public @Nullable Double rate() {
            return percent(keyAdmitted, candidates);
        }

        /** Key-school rate without them, in percent. */
        public @Nullable Double rateWithoutQuota() {
            return percent(keyAdmittedWithoutQuota, candidates);
        }
    }

    /** The last admitted score of a school's general batch, or of one junior high's quota allocation there. */
    public record CutoffLine(
            String school,
            String schoolName,
            String batch,
            @Nullable String juniorName,
            String lastScore) {}

    /** The junior highs of one location pooled: Σ admitted to key high schools ÷ Σ candidates, in percent. */
    public record LocationLine(
            String location,
            int juniors,
            int candidates,
            @Nullable Double rate,
            @Nullable Double rateWithoutQuota) {}

    /** The equity summary of the document: the CV of the key-school rate and the rural : urban ratio. */
    public record Summary(
            @Nullable Double keyRateCv,
            @Nullable Double keyRateCvWithoutQuota,
            @Nullable Double ruralUrbanKeyRate,
            @Nullable Double ruralUrbanKeyRateWithoutQuota) {}

    private static final List<String> LOCATIONS = List.of("RURAL", "TOWN", "URBAN");

    /** The view of {@code document} ({@code plan quota}'s result), naming schools from {@code names} by code. */
    static QuotaResultView of(JsonNode document, Map<String, String> names) {
        List<HighSchoolColumn> highs = new ArrayList<>();
        Map<String, Map<String, Integer>> seatsByJunior = new LinkedHashMap<>();
        for (JsonNode high : document.get("apportionment")) {
            String code = high.get("highSchool").asString();
            if (high.get("quotaSeats").asInt() == 0) {
                continue;
            }
            highs.add(new HighSchoolColumn(
                    code,
                    names.getOrDefault(code, code),
                    high.get("seats").asInt(),
                    high.get("quotaSeats").asInt()));
            for (JsonNode a : high.get("allocations")) {
                seatsByJunior
                        .computeIfAbsent(a.get("juniorSchool").asString(), j -> new LinkedHashMap<>())
                        .put(code, a.get("seats").asInt());
            }
        }
        List<JuniorLine> juniors = new ArrayList<>();
        for (JsonNode e : document.get("equity")) {
            String code = e.get("juniorSchool").asString();
            Map<String, Integer> seats = seatsByJunior.getOrDefault(code, Map.of());
            juniors.add(new JuniorLine(
                    code,
                    names.getOrDefault(code, code),
                    e.get("location").asString(),
                    e.get("candidates").asInt(),
                    highs.stream().map(h -> seats.getOrDefault(h.code(), 0)).toList(),
                    e.get("keyAdmitted").asInt(),
                    e.get("keyAdmittedWithoutQuota").asInt()));
        }
        // Rural junior highs first, then town, then urban: the table and the chart read as rural against urban.
        juniors.sort(Comparator.comparingInt((JuniorLine j) -> LOCATIONS.indexOf(j.location()))
                .thenComparing(JuniorLine::code));
        List<CutoffLine> cutoffs = new ArrayList<>();
        for (JsonNode c : document.get("cutoffs")) {
            String school = c.get("school").asString();
            JsonNode junior = c.get("juniorSchool");
            cutoffs.add(new CutoffLine(
                    school,
                    names.getOrDefault(school, school),
                    c.get("batch").asString(),
                    junior == null || junior.isNull() ? null : names.getOrDefault(junior.asString(), junior.asString()),
                    c.get("lastScore").asString()));
        }
        List<LocationLine> locations = new ArrayList<>();
        for (String location : LOCATIONS) {
            List<JuniorLine> of =
                    juniors.stream().filter(j -> j.location().equals(location)).toList();
            int candidates = of.stream().mapToInt(JuniorLine::candidates).sum();
            locations.add(new LocationLine(
                    location,
                    of.size(),
                    candidates,
                    percent(of.stream().mapToInt(JuniorLine::keyAdmitted).sum(), candidates),
                    percent(
                            of.stream()
                                    .mapToInt(JuniorLine::keyAdmittedWithoutQuota)
                                    .sum(),
                            candidates)));
        }
        JsonNode s = document.get("equitySummary");
        return new QuotaResultView(
                highs,
                juniors,
                cutoffs,
                locations,
                new Summary(
                        number(s.get("keyRateCv")),
                        number(s.get("keyRateCvWithoutQuota")),
                        number(s.get("ruralUrbanKeyRate")),
                        number(s.get("ruralUrbanKeyRateWithoutQuota"))));
    }

    /** The chart document of the counterfactual: each junior high's key-school rate without and with quota seats. */
    Map<String, Object> chart(Map<String, String> locationWords) {
        List<String> categories = new ArrayList<>();
        List<@Nullable Double> without = new ArrayList<>();
        List<@Nullable Double> with = new ArrayList<>();
        for (JuniorLine j : juniors) {
            categories.add(j.name() + " · " + locationWords.getOrDefault(j.location(), j.location()));
            without.add(rounded(j.rateWithoutQuota()));
            with.add(rounded(j.rate()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "quotaEquity");
        doc.put("categories", categories);
        doc.put("before", without);
        doc.put("after", with);
        return doc;
    }

    private static @Nullable Double percent(int part, int whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    private static @Nullable Double rounded(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static @Nullable Double number(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }
}
