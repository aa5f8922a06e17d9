package org.edubalance.app.pairingrecord;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.edubalance.app.Api;
import org.edubalance.app.account.AccountService;
import org.edubalance.app.account.UserRequest;
import org.edubalance.core.account.Role;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.springframework.context.ApplicationContext;

/**
 * Schools of the test platform's demo city to pair, and principals of them. The demo pairs the first county's schools
 * (DemoPairingSeeder); the tests pair schools of the other counties, each test its own, as the tests share the
 * platform.
 */
public final class PairingFixture {
    private final ApplicationContext app;
    private final SchoolYears schoolYears;
    private final int year;

    private PairingFixture(ApplicationContext app) {
        this.app = app;
        this.schoolYears = app.getBean(SchoolYears.class);
        // The demo city's newest year: other tests import later years holding a single county (2030, 2036 …), so the
        // newest year of all depends on which tests ran first.
        this.year = schoolYears.years().stream()
                .filter(y -> schoolYears.ofYear(y).stream()
                                .map(s -> s.county().code())
                                .distinct()
                                .count()
                        > 1)
                .max(Integer::compare)
                .orElseThrow();
    }

    public static PairingFixture of(ApplicationContext app) {
        return new PairingFixture(app);
    }

    /** The newest year of the demo city's data (the newest year holding more than one county). */
    public int year() {
        return year;
    }

    /** The code of the {@code k}-th county by code (0 is the demo's paired county). */
    public RegionCode county(int k) {
        return schoolYears.ofYear(year).stream()
                .map(s -> s.county().code())
                .distinct()
                .sorted()
                .toList()
                .get(k);
    }

    /** The primary schools of {@code location} in county {@code k}, by code. */
    public List<SchoolYear> primary(int k, Location location) {
        RegionCode county = county(k);
        return schoolYears.ofYear(year, county).stream()
                .filter(s -> s.location() == location && s.primary().hasStudents())
                .sorted(Comparator.comparing(SchoolYear::code))
                .toList();
    }

    /** A new principal of {@code school} with the tests' password; answers the username. */
    public String principalOf(SchoolYear school) {
        String name = "pr-" + UUID.randomUUID().toString().substring(0, 8);
        app.getBean(AccountService.class)
                .create(
                        new UserRequest(
                                name,
                                Api.PASSWORD,
                                Role.PRINCIPAL,
                                school.code().value()),
                        "system");
        return name;
    }
}
