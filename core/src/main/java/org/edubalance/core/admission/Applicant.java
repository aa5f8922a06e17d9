package org.edubalance.core.admission;

import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * A child registered for the entry grade (报名): one row of {@code applicants.csv}, pseudonymous.
 *
 * @param id the registration number (报名号), unique per year and grade
 * @param hukouZone zone of the household registration address; {@code null}: registered outside the county
 * @param homeZone zone of the home; {@code null}: unknown
 * @param homeOwned whether the family owns the home in {@code homeZone}
 * @param residencePermit whether the family holds the city's residence permit (居住证)
 * @param migrant whether the household is registered outside the city (随迁子女; statistics only)
 * @param specialPriority a priority code (e.g. {@code MILITARY}), or {@code null}
 * @param choices the schools applied to, most wanted first
 * @param home the home's position, when given
 */
public record Applicant(
        String id,
        @Nullable String hukouZone,
        @Nullable String homeZone,
        boolean homeOwned,
        boolean residencePermit,
        boolean migrant,
        @Nullable String specialPriority,
        List<SchoolCode> choices,
        @Nullable GeoPoint home) {
    public Applicant {
        choices = List.copyOf(choices);
    }
}
