package org.edubalance.app.region;

import java.util.Comparator;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which counties a person may open on the county pages that follow the rotation's rule (funding, investment): the
 * bureau's roles every county, a principal only the county of their school in its newest year. A county they may not
 * open answers 404, as if it did not exist.
 */
@Component
public final class CountyAccess {
    private final Regions regions;
    private final SchoolYears schoolYears;

    CountyAccess(Regions regions, SchoolYears schoolYears) {
        this.regions = regions;
        this.schoolYears = schoolYears;
    }

    /** The counties {@code user} may open, by code. */
    public List<County> counties(AccountDetails user) {
        RegionCode own = user.readsEverySchool() ? null : ownCounty(user);
        return regions.counties().stream()
                .filter(c -> user.readsEverySchool() || c.code().equals(own))
                .sorted(Comparator.comparing(c -> c.code().value()))
                .toList();
    }

    /** County {@code code} if {@code user} may open it, else 404. */
    public County county(String code, AccountDetails user) {
        if (!RegionCode.isWellFormed(code)) {
            throw ApiProblemException.notFound("No county " + code + ".");
        }
        return counties(user).stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + code + "."));
    }

    /** The county of a principal's school in its newest year, or null. */
    private @Nullable RegionCode ownCounty(AccountDetails user) {
        SchoolCode school = user.account().school();
        if (school == null) {
            return null;
        }
        return schoolYears.history(school).stream()
                .max(Comparator.comparingInt(s -> s.school().year()))
                .map(StoredSchoolYear::school)
                .map(s -> s.county().code())
                .orElse(null);
    }
}
