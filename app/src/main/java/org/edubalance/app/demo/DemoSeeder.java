package org.edubalance.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.account.AccountService;
import org.edubalance.app.account.UserRequest;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.core.account.Role;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.dataset.DatasetKind;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.school.SchoolYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with an empty database: loads the demo city (8 counties, several school years) and creates the demo
 * accounts {@code admin}, {@code planner}, {@code inspector} and {@code principal} (of the first demo school), printing
 * their passwords once through the log. A database holding any school data or account is left alone, so a restart
 * changes nothing. All in one transaction: an interrupted first start leaves an empty database that seeds again.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoSeeder implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties demo;
    private final SchoolYears schoolYears;
    private final CountyInputStore countyInputs;
    private final DatasetImports imports;
    private final AccountService accounts;
    private final AuditService audit;
    private final EvaluationService evaluations;
    private final Clock clock;

    // One collaborator per store: wiring, not a parameter bag.
    DemoSeeder(
            DemoProperties demo,
            SchoolYears schoolYears,
            CountyInputStore countyInputs,
            DatasetImports imports,
            AccountService accounts,
            AuditService audit,
            EvaluationService evaluations,
            Clock clock) {
        this.demo = demo;
        this.schoolYears = schoolYears;
        this.countyInputs = countyInputs;
        this.imports = imports;
        this.accounts = accounts;
        this.audit = audit;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
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
        }
        evaluations.dataChanged();
        if (demo.password().isBlank()) {
            var lines = new StringBuilder("Accounts created; their passwords are shown this once:");
            passwords.forEach((user, password) ->
                    lines.append("\n    ").append(user).append(" / ").append(password));
            LOG.warn("{}", lines);
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
        LOG.info("Loaded the demo city: {} school rows over {}.", data.schools().size(), years);
        return data.schools().getFirst().code().value();
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
