package org.edubalance.app.school;

import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.account.Role;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolYear;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change what in a school year, beyond the own-school rule: a principal changes the school's own figures only,
 * and no edit renames a region held (a region is renamed as a region, for all its schools at once).
 */
@Component
final class SchoolYearEditRules {
    /**
     * The school's identity and classification: its codes, the names of its regions, its type, location and
     * ownership. They decide where a school is evaluated and whether it is in scope, so they are the bureau's; a
     * principal's edit may not change them.
     */
    static final List<String> BUREAU_COLUMNS = List.of(
            "year",
            "county_code",
            "county_name",
            "province_name",
            "city_name",
            "town_name",
            "school_code",
            "school_type",
            "location",
            "ownership");

    private final Regions regions;

    SchoolYearEditRules(Regions regions) {
        this.regions = regions;
    }

    /** Whether {@code user} may change the column {@code id} of a school year they may edit. */
    static boolean mayChange(String id, AccountDetails user) {
        return user.role() != Role.PRINCIPAL || !BUREAU_COLUMNS.contains(id);
    }

    /** Refuses (403, naming them) {@code changed} columns that {@code user} may not change. */
    void checkChanges(List<String> changed, AccountDetails user) {
        List<String> refused =
                changed.stream().filter(id -> !mayChange(id, user)).toList();
        if (!refused.isEmpty()) {
            throw new AccessDeniedException("A principal changes the school's own figures only; "
                    + String.join(", ", refused)
                    + (refused.size() == 1 ? " belongs" : " belong")
                    + " to the school's identity and classification, which the bureau (planners, administrators)"
                    + " keeps. Nothing stored.");
        }
    }

    /** Refuses an edit that would rename a region held, which is for every school in it and so no row's business. */
    void checkRegionNames(SchoolYear edited) {
        RegionCode county = edited.county().code();
        checkRegionName("county_name", county.value(), edited.county().name());
        checkRegionName("city_name", county.cityCode(), edited.county().cityName());
        checkRegionName("province_name", county.provinceCode(), edited.county().provinceName());
    }

    private void checkRegionName(String column, String regionCode, @Nullable String name) {
        Region held = regions.find(regionCode).orElse(null);
        // A region held under its code as name was never named; the first name given names it.
        if (held == null || held.name().equals(regionCode) || held.name().equals(name)) {
            return;
        }
        throw ApiProblemException.invalid(column + " '" + (name == null ? "" : name) + "' differs from the name '"
                + held.name() + "' held for " + held.level().name().toLowerCase(Locale.ROOT) + " " + regionCode
                + ", which every school in it shares. A region is renamed as a region, for all its schools at once:"
                + " PUT /api/v1/regions/" + regionCode + " or the regions page (/regions), planners and administrators."
                + " Nothing stored.");
    }
}
