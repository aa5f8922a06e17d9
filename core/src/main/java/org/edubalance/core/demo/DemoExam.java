package org.edubalance.core.demo;

import java.util.List;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic inputs of the high-school entrance admission (中考录取) with quota seats (指标到校), one admission area per
 * city (docs/data-formats.md §3): the high schools and the candidates, one per junior-school graduate.
 *
 * @param highSchools ordered by area and school code
 * @param candidates ordered by area, then by junior school as the schools registered them
 */
public record DemoExam(List<HighSchool> highSchools, List<Candidate> candidates) {

    public DemoExam {
        highSchools = List.copyOf(highSchools);
        candidates = List.copyOf(candidates);
    }

    /** A high school's tier: the quality (key) schools that quota seats are about, or the others. */
    public enum Tier {
        KEY,
        ORDINARY
    }

    /**
     * A high school of an admission area.
     *
     * @param area the code of the area running the admission (the city's code)
     * @param seats the places planned (招生计划), in classes of 50
     * @param quotaSharePercent the share of seats given to junior highs as quota seats, in percent (0 = none)
     * @param quotaMinScoreTenths the lowest score a quota candidate needs, in tenths of a point; null when none
     */
    public record HighSchool(
            int year,
            String area,
            SchoolCode code,
            String name,
            int seats,
            int quotaSharePercent,
            @Nullable Integer quotaMinScoreTenths,
            Tier tier) {}

    /**
     * A candidate under a pseudonymous id. Scores are held in tenths of a point, so the files show them exactly with
     * one decimal place.
     *
     * @param scoreTenths the total score (out of 750) in tenths
     * @param tie1Tenths the first tie-break score (Chinese, mathematics and English together) in tenths; null when
     *     not given
     * @param tie2Tenths the second tie-break score (mathematics) in tenths; null when not given
     * @param tie3Tenths the third tie-break score (Chinese) in tenths; null when not given
     * @param quotaChoice the high school applied to for a quota seat, or null
     * @param choices the high schools of the general batch, most wanted first (at most six)
     */
    public record Candidate(
            int year,
            String area,
            String id,
            SchoolCode juniorSchool,
            int scoreTenths,
            @Nullable Integer tie1Tenths,
            @Nullable Integer tie2Tenths,
            @Nullable Integer tie3Tenths,
            @Nullable SchoolCode quotaChoice,
            List<SchoolCode> choices) {

        public Candidate {
            choices = List.copyOf(choices);
        }
    }
}
