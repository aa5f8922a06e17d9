package org.edubalance.app.pairingrecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanChecker;
import org.edubalance.planning.groups.GroupPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The school-group planner run on the stored data (docs/planning/groups.md §8), the same flow as {@code edubalance
 * plan groups}: the county's school rows of the year evaluated under the default standard, the group limits read by
 * the same reader, the planner with the named cores, and its independent checker.
 *
 * <p>It runs inside the request, not as a planning job: measured on the demo county 720125 with its three strongest
 * primary schools as cores (GroupProposalApiIT prints it), 1.4–2.2 s for the first request of the process (solve
 * 0.6–1.1 s, most of it loading OR-Tools' native library) and 0.2 s afterwards (solve 0.03 s), far under the ~10 s a
 * person waits for a page; docs/planning/groups.md §6 measured 4.5–7.8 s for a city of 600 segments. The time limit
 * is capped at {@link #MAX_SECONDS} so a request never hangs longer; a bureau planning a whole city runs the command
 * line.
 *
 * <p>Adopting stores the chosen groups through {@link PairingService} after {@link PairingRules#group} checked each
 * (schools of the county in the start year, members once): all, or none and every violation, a school already in a
 * running stored group refused as a conflict (rule PR-16).
 */
@Component
final class GroupProposals {
    /** The default and the largest time limit of a proposal made by a request (s). */
    static final int DEFAULT_SECONDS = 20;

    static final int MAX_SECONDS = 60;

    private final SchoolYears schoolYears;
    private final PairingProposals pairing;
    private final PairingRules rules;
    private final PairingService service;

    GroupProposals(SchoolYears schoolYears, PairingProposals pairing, PairingRules rules, PairingService service) {
        this.schoolYears = schoolYears;
        this.pairing = pairing;
        this.rules = rules;
        this.service = service;
    }

    /** A group chosen for adoption: its segment (for the name and the source), core, members and name (or blank). */
    record Chosen(String segment, String core, List<String> members, String name) {
        /** The checkbox value {@code SEGMENT/core/member,member}, or null when it is not one. */
        static @Nullable Chosen parse(String value, String name) {
            String[] parts = value.split("/", -1);
            return parts.length == 3 ? new Chosen(parts[0], parts[1], List.of(parts[2].split(",")), name) : null;
        }

        String value() {
            return segment + "/" + core + "/" + String.join(",", members);
        }
    }

    /** A school that may be named a core: public, not a teaching point, with a position. */
    record CoreOption(String code, String name) {}

    List<Integer> years(RegionCode county) {
        return pairing.years(county);
    }

    int year(RegionCode county, @Nullable Integer year) {
        return pairing.year(county, year);
    }

    /** The schools of {@code county} in {@code year} the planner takes as cores, by code. */
    List<CoreOption> coreOptions(RegionCode county, int year) {
        return schoolYears.ofYear(year, county).stream()
                .filter(s -> s.ownership() == Ownership.PUBLIC
                        && s.type() != SchoolType.TEACHING_POINT
                        && s.position() != null)
                .sorted(Comparator.comparing(SchoolYear::code))
                .map(s -> new CoreOption(s.code().value(), s.name()))
                .toList();
    }

    /** The time limit asked for: the default when null, else 1 to {@link #MAX_SECONDS}, else 400. */
    static int seconds(@Nullable Integer asked) {
        if (asked == null) {
            return DEFAULT_SECONDS;
        }
        if (asked < 1 || asked > MAX_SECONDS) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.INVALID_REQUEST,
                    "timeLimitSeconds " + asked + ": from 1 to " + MAX_SECONDS + ".");
        }
        return asked;
    }

    /** The cores named, in order, each once; none is refused. */
    static Set<String> cores(List<String> codes) {
        Set<String> cores = new LinkedHashSet<>();
        for (String code : codes) {
            for (String one : code.split("[,，、\\s]+")) {
                if (!one.isBlank()) {
                    cores.add(one.strip());
                }
            }
        }
        if (cores.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "cores: no core school named. Maybe one code.");
        }
        return cores;
    }

    /** The shipped {@code national} group limits when {@code yaml} is blank, else those the text describes. */
    GroupPolicy policy(@Nullable String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return PairingPolicyReader.loadGroups("national");
        }
        if (yaml.getBytes(StandardCharsets.UTF_8).length > PairingProposals.MAX_YAML_BYTES) {
            throw new InvalidPolicyException(PairingProposals.UPLOADED + ": more than "
                    + PairingProposals.MAX_YAML_BYTES / 1024 + " KB. Maybe it is not a policy file.");
        }
        return PairingProposals.read(yaml, PairingPolicyReader::loadGroups);
    }

    /**
     * The plan of {@code county} in {@code year} around {@code cores}.
     *
     * @throws org.edubalance.planning.PlanningProblemInvalidException for a core that cannot lead, or limits that
     *     leave no plan, naming the code or the rule
     */
    GroupPlan plan(RegionCode county, int year, Set<String> cores, int seconds, GroupPolicy policy) {
        List<SchoolYear> rows = schoolYears.ofYear(year, county);
        Evaluation evaluation =
                new YearEvaluator(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID)).evaluate(rows, year, Map.of());
        GroupPlan plan = new GroupPlanner(policy, Duration.ofSeconds(seconds)).plan(evaluation, county.value(), cores);
        List<String> problems = GroupPlanChecker.check(plan, evaluation, policy, cores);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The independent check of the group plan failed (a bug): " + problems);
        }
        return plan;
    }

    /** The codes of the schools in a group of {@code county} running in {@code year}. */
    Set<String> inRunningGroups(RegionCode county, int year) {
        Set<String> schools = new LinkedHashSet<>();
        for (SchoolGroup g : service.groups(county)) {
            if (g.activeBetween(year, year)) {
                schools.add(g.core().value());
                g.members().forEach(m -> schools.add(m.value()));
            }
        }
        return schools;
    }

    /**
     * Stores {@code chosen} as school groups starting in {@code startYear}: all, or none and every violation (the row
     * of a violation is the group's position in {@code chosen}, from 1).
     */
    List<SchoolGroup> adopt(RegionCode county, List<Chosen> chosen, int startYear, String source, String user) {
        if (chosen.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "No group chosen. Maybe tick at least one.");
        }
        Set<String> running = inRunningGroups(county, startYear);
        Map<String, String> names = new HashMap<>();
        schoolYears.ofYear(startYear, county).forEach(s -> names.put(s.code().value(), s.name()));
        List<PairingViolation> violations = new ArrayList<>();
        List<SchoolGroup> groups = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Chosen c = chosen.get(i);
            long row = i + 1;
            try {
                String name = c.name().isBlank() ? name(names.getOrDefault(c.core(), c.core()), c.segment()) : c.name();
                SchoolGroup g =
                        rules.group(county, name, c.core(), String.join(",", c.members()), Integer.toString(startYear));
                List<SchoolCode> schools = new ArrayList<>(g.members());
                schools.addFirst(g.core());
                for (SchoolCode s : schools) {
                    if (running.contains(s.value())) {
                        String column = s.equals(g.core()) ? "core_school_code" : "member_school_codes";
                        violations.add(new PairingViolation("", row, column, s.value(), PairingViolation.IN_GROUP));
                    }
                }
                groups.add(g);
            } catch (PairingRefusedException e) {
                e.violations()
                        .forEach(v ->
                                violations.add(new PairingViolation(v.file(), row, v.column(), v.value(), v.rule())));
            }
        }
        if (!violations.isEmpty()) {
            throw new PairingRefusedException(violations);
        }
        return service.createGroups(groups, source, user);
    }

    /**
     * The name a group gets when none is given: the bureau's usual 教育集团 after its core school, with the segment, as
     * a nine-year core school leads a primary and a junior group.
     */
    static String name(String coreName, String segment) {
        return coreName + "教育集团（" + ("JUNIOR".equals(segment) ? "初中" : "小学") + "）";
    }
}
