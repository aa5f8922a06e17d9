package org.edubalance.app.investment;

import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.region.CountyAccess;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which county's investment plans, for the pages, the downloads and the API alike, as for rotation: planners
 * and administrators run and edit; inspectors read; a principal opens only their school's county and receives only
 * their school's actions and figures (the controllers cut the rest). A county or plan a principal may not open answers
 * 404, as if it did not exist.
 */
@Component
final class InvestmentAccess {
    private final CountyAccess counties;

    InvestmentAccess(CountyAccess counties) {
        this.counties = counties;
    }

    /** The counties {@code user} may open. */
    List<County> counties(AccountDetails user) {
        return counties.counties(user);
    }

    /** County {@code code} if {@code user} may open it, else 404. */
    County county(String code, AccountDetails user) {
        return counties.county(code, user);
    }

    /** {@code job} if {@code user} may open its county (and it is {@code county}'s, when named), else 404. */
    PlanningJob job(PlanningJob job, @Nullable County county, AccountDetails user) {
        String area = job.request().area().value();
        boolean mine = counties(user).stream().anyMatch(c -> c.code().value().equals(area));
        if (!mine || (county != null && !county.code().value().equals(area))) {
            throw ApiProblemException.notFound("No investment plan " + job.id() + ".");
        }
        return job;
    }

    /** 403 unless {@code user} is a planner or an administrator. */
    void requireEditor(AccountDetails user) {
        if (!user.role().editsEverything()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "Only planners and administrators run investment plans and try changes to them.");
        }
    }

    /** The school a principal sees alone, or null for the bureau's roles (who see every school). */
    @Nullable
    String onlySchool(AccountDetails user) {
        if (user.readsEverySchool()) {
            return null;
        }
        SchoolCode school = user.account().school();
        // A principal without a school sees no school: a code no school has.
        return school == null ? "" : school.value();
    }
}
