package org.edubalance.app.funding;

import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.region.CountyAccess;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
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
    private final CountyAccess counties;

    FundingAccess(CountyAccess counties) {
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

    /** 403 unless {@code user} is a planner or an administrator. */
    void requireEditor(AccountDetails user) {
        if (!user.role().editsEverything()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "Only planners and administrators choose funding policies and export.");
        }
    }
}
