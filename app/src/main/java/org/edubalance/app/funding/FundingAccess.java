package org.edubalance.app.funding;

import java.util.Comparator;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which county's funding, for the page, the export and the API alike: the bureau's roles every county; a
 * principal only their school's county, and there only their school's row (the controllers cut the rest). A county a
 * principal may not open answers 404, as if it did not exist; choosing a policy and exporting are the planners' and
 * administrators' (403 for the others).
 */
@Component
final class FundingAccess {
    private final Regions regions;
    private final SchoolYears schoolYears;

    FundingAccess(Regions regions, SchoolYears schoolYears) {
        this.regions = regions;
        this.schoolYears = schoolYears;
    }

    /** The counties {@code user} may open. */
    List<County> counties(AccountDetails user) {
        RegionCode own = user.readsEverySchool() ? null : ownCounty(user);
        return regions.counties().stream()
                .filter(c -> user.readsEverySchool() || c.code().equals(own))
                .sorted(Comparator.comparing(c -> c.code().value()))
                .toList();
    }

    /** County {@code code} if {@code user} may open it, else 404. */
    County county(String code, AccountDetails user) {
        if (!RegionCode.isWellFormed(code)) {
            throw ApiProblemException.notFound("No county " + code + ".");
        }
        return counties(user).stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + code + "."));
    }

    /** 403 unless {@code user} is a planner or an administrator. */
    void requireEditor(AccountDetails user) {
        if (!user.role().editsEverything()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "Only planners and administrators choose funding policies and export.");
        }
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
