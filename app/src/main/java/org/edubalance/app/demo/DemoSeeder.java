package org.edubalance.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.app.account.AccountService;
import org.edubalance.app.account.UserRequest;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.pairingrecord.DemoPairingSeeder;
import org.edubalance.core.account.Role;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.dataset.DatasetKind;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherRosters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with an empty database: loads the demo city (8 counties, several school years, the newest year's teacher
 * rosters, and unless {@code app.demo.rounds=false} two enrolment rounds, {@link DemoRounds}) and creates the demo accounts {@code admin}, {@code planner}, {@code inspector} and {@code principal} (of
 * the first demo school), telling their passwords once ({@link FirstPasswords}). A database holding any school data or
 * account is left alone, so a restart changes nothing. All in one transaction: an interrupted first start leaves an
 * empty database that seeds again.
 *
 * <p>It runs once every bean is built (the database migrated) and before the context starts, so before the web server
 * opens its port: the first request already finds the accounts. An {@code ApplicationRunner} would run after the port
 * opened, and sign-ins would fail with 401 until the seeding ended.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoSeeder implements SmartInitializingSingleton {
    /** Counties with a demo roster: the demo city's eight. */
    static final int ROSTER_COUNTIES = 8;

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties demo;
    private final SchoolYears schoolYears;
    private final CountyInputStore countyInputs;
    private final TeacherRosters rosters;
    private final DatasetImports imports;
    private final AccountService accounts;
    private final AuditService audit;
    private final EvaluationService evaluations;
    private final FirstPasswords firstPasswords;
    private final DemoRounds demoRounds;
    private final DemoZoning demoZoning;
    private final DemoInvestment demoInvestment;
    private final DemoPairingSeeder demoPairings;
    private final Clock clock;

    // One collaborator per store: wiring, not a parameter bag.
    DemoSeeder(
            DemoProperties demo,
            SchoolYears schoolYears,
            CountyInputStore countyInputs,
            TeacherRosters rosters,
            DatasetImports imports,
            AccountService accounts,
            AuditService audit,
            EvaluationService evaluations,
            FirstPasswords firstPasswords,
            DemoRounds demoRounds,
            DemoZoning demoZoning,
            DemoInvestment demoInvestment,
            DemoPairingSeeder demoPairings,
            Clock clock) {
        this.demo = demo;
        this.schoolYears = schoolYears;
        this.countyInputs = countyInputs;
        this.rosters = rosters;
        this.imports = imports;
        this.accounts = accounts;
        this.audit = audit;
        this.evaluations = evaluations;
        this.firstPasswords = firstPasswords;
        this.demoRounds = demoRounds;
        this.demoZoning = demoZoning;
        this.demoInvestment = demoInvestment;
        this.demoPairings = demoPairings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (!schoolYears.isEmpty() || !accounts.isEmpty()) {
            LOG.info("The database holds data already; no demo data loaded.");
            return;
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        if (demo.enabled()) {
            String firstSchool = loadDemoCity();
            passwords.putAll(createAccount("admin", Role.ADMIN, null));
            passwords.putAll(createAccount("planner", Role.PLANNER, null));
            passwords.putAll(createAccount("inspector", Role.INSPECTOR, null));
            passwords.putAll(createAccount("principal", Role.PRINCIPAL, firstSchool));
        } else {
            passwords.putAll(createAccount("admin", Role.ADMIN, null));
            // Production: the first password was handed out (printed), so it must be changed at the first sign-in.
            accounts.requirePasswordChange("admin");
        }
        evaluations.dataChanged();
        if (demo.password().isBlank()) {
            firstPasswords.tell(passwords);
        } else {
            LOG.info("Accounts {} created with the password of EDUBALANCE_DEMO_PASSWORD.", passwords.keySet());
        }
    }

    /** Stores the demo city; returns the code of its first school (the demo principal's). */
    private String loadDemoCity() {
        int firstYear = demo.lastYear() - demo.years() + 1;
        DemoData data = new DemoDataGenerator(demo.seed()).generate(demo.scale(), firstYear, demo.years());
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear; y <= demo.lastYear(); y++) {
            years.add(y);
        }
        String recipe = "DemoDataGenerator seed=" + demo.seed() + " scale=" + demo.scale() + " years=" + years;
        DatasetImport stored = imports.add(new DatasetImport(
                0,
                DatasetKind.DEMO,
                "demo-" + demo.scale().name().toLowerCase(java.util.Locale.ROOT) + " (synthetic)",
                sha256(recipe),
                AuditService.SYSTEM,
                clock.instant(),
                data.schools().size(),
                years));
        schoolYears.addAll(data.schools(), stored.id());
        countyInputs.addAll(data.countyInputs(), stored.id());
        audit.record(
                AuditService.SYSTEM,
                "import",
                Long.toString(stored.id()),
                "CREATE",
                null,
                Map.of("kind", "DEMO", "recipe", recipe, "rows", data.schools().size()));
        int teachers = loadRosters(data, stored.id());
        LOG.info(
                "Loaded the demo city: {} school rows over {}, {} teachers in the {} rosters.",
                data.schools().size(),
                years,
                teachers,
                demo.lastYear());
        if (demo.rounds()) {
            demoRounds.open(data, demo.seed(), demo.lastYear());
        }
        demoZoning.open(data, demo.seed(), demo.lastYear());
        demoInvestment.queue(data, demo.lastYear());
        demoPairings.open(data.schools(), firstYear, demo.lastYear());
        return data.schools().getFirst().code().value();
    }

    /**
     * The rosters of the newest year, the one a bureau plans the coming rotation for. At province scale only the
     * first {@value #ROSTER_COUNTIES} counties get one: a province's rosters are about a million rows, which would
     * take the first start far past its budget, and a load test does not plan rotations.
     */
    private int loadRosters(DemoData data, long importId) {
        Set<RegionCode> counties = new LinkedHashSet<>();
        List<SchoolYear> schools = new ArrayList<>();
        for (SchoolYear s : data.schools()) {
            if (s.year() == demo.lastYear()
                    && (counties.contains(s.county().code()) || counties.size() < ROSTER_COUNTIES)) {
                counties.add(s.county().code());
                schools.add(s);
            }
        }
        List<Teacher> roster = new TeacherRosterGenerator(demo.seed()).roster(schools);
        rosters.addAll(roster, importId);
        return roster.size();
    }

    private Map<String, String> createAccount(String username, Role role, String school) {
        String password = demo.password().isBlank() ? AccountService.randomPassword() : demo.password();
        accounts.create(new UserRequest(username, password, role, school), AuditService.SYSTEM);
        return Map.of(username, password);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
