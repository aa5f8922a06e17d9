package org.edubalance.app.pairingrecord;

import java.util.Comparator;
import java.util.List;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.account.Role;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.SchoolGroup;
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
 * Who sees and changes which pairings, for the pages and the API alike: planners and administrators create, change,
 * end and import; inspectors read; a principal sees only the pairings and groups their school is in, in their own
 * county, and logs activities of their school's pairings. What a principal may not see answers 404, as if it did not
 * exist, so ids cannot be probed; what they see but may not change answers 403.
 */
@Component
final class PairingAccess {
    private final Regions regions;
    private final SchoolYears schoolYears;

    PairingAccess(Regions regions, SchoolYears schoolYears) {
        this.regions = regions;
        this.schoolYears = schoolYears;
    }

    /** The counties {@code user} may open: every one for the bureau's roles, a principal's own only. */
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

    boolean sees(Pairing pairing, AccountDetails user) {
        SchoolCode own = user.account().school();
        return user.readsEverySchool() || (own != null && pairing.involves(own));
    }

    boolean sees(SchoolGroup group, AccountDetails user) {
        SchoolCode own = user.account().school();
        return user.readsEverySchool() || (own != null && group.involves(own));
    }

    /** 403 unless {@code user} is a planner or an administrator. */
    void requireEditor(AccountDetails user) {
        if (!user.role().editsEverything()) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "Only planners and administrators change pairings.");
        }
    }

    /** Whether {@code user} may log activities of {@code pairing}: the bureau's editors, or a principal in it. */
    boolean logs(Pairing pairing, AccountDetails user) {
        SchoolCode own = user.account().school();
        return user.role().editsEverything() || (user.role() == Role.PRINCIPAL && own != null && pairing.involves(own));
    }

    /** 403 unless {@code user} may log activities of {@code pairing}. */
    void requireLogger(Pairing pairing, AccountDetails user) {
        if (!logs(pairing, user)) {
            throw new ApiProblemException(
                    HttpStatus.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "Only the pairing's schools and the bureau log its activities.");
        }
    }

    /** The county of a principal's school in its newest year, or null. */
    @Nullable
    RegionCode ownCounty(AccountDetails user) {
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
