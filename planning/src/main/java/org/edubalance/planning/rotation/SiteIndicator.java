package org.edubalance.planning.rotation;

import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * A balanced indicator of one school segment, as the local search scores it: the teachers counting in it before the
 * plan, the students, the county value and the weight of its deviation (docs/planning-methods.md §2.3, the same terms as
 * {@link RotationMipPlanner}'s objective).
 *
 * @param site the school segment
 * @param indicator the indicator
 * @param base teachers counting in it before the plan
 * @param students the segment's students
 * @param countyValue the county value per 100 students
 * @param cost the weight of the absolute deviation: {@code w_m × (P_s / N_g) / x̄}
 */
public record SiteIndicator(
        SiteKey site, TeacherIndicator indicator, int base, int students, double countyValue, double cost) {}
