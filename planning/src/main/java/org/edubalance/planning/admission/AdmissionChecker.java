package org.edubalance.planning.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.AdmissionSchool;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/**
 * Checks an admission result against the round the slow, plain way, sharing no code with the mechanism: it recomputes
 * the commit, seed and numbers, every child's classes and list (distances as exact decimals), and checks that each
 * placement is on the child's list at the stated position with the stated class and number, that no school holds more
 * than its seats, that the school figures add up, and stability: no child prefers a school that has a free seat or
 * admitted a child ranked below it. A stable matching of this kind is unique, so a result that passes is the result.
 */
public final class AdmissionChecker {
    private static final int MAX_LISTED = 20;

    /** The problems found, each naming the child or school and the figures; empty when the result is right. */
    public List<String> check(AdmissionRound round, AdmissionResult result) {
        return new Run(round, result).check();
    }

    private static final class Run {
        private final AdmissionRound round;
        private final AdmissionResult result;
        private final AdmissionPolicy policy;
        private final Map<String, AdmissionSchool> schools = new HashMap<>();
        private final Map<String, String> zoneOfSchool = new HashMap<>();
        private final Map<String, List<AdmissionSchool>> zoneMembers = new HashMap<>();
        private final List<AdmissionSchool> publicWithSeats = new ArrayList<>();
        private final PlainPreferenceLists lists;
        private final List<String> problems = new ArrayList<>();
        private final LotteryV1.Draw draw;

        Run(AdmissionRound round, AdmissionResult result) {
            this.round = round;
            this.result = result;
            this.policy = round.policy();
            round.schools().forEach(s -> schools.put(s.code().value(), s));
            round.schools().stream()
                    .filter(s -> !s.privateSchool() && s.seats() > 0)
                    .forEach(publicWithSeats::add);
            for (AttendanceZone zone : round.zones()) {
                for (SchoolCode code : zone.schools()) {
                    AdmissionSchool s = schools.get(code.value());
                    if (s != null && !s.privateSchool() && !zoneOfSchool.containsKey(code.value())) {
                        zoneOfSchool.put(code.value(), zone.id());
                        if (s.seats() > 0) {
                            zoneMembers
                                    .computeIfAbsent(zone.id(), z -> new ArrayList<>())
                                    .add(s);
                        }
                    }
                }
            }
            String commit = LotteryV1.commit(result.lottery().inputs());
            if (!commit.equals(result.lottery().commit())) {
                problems.add("commit " + result.lottery().commit() + " in the result, " + commit + " recomputed");
            }
            draw = LotteryV1.draw(commit, result.lottery().publicValue());
            if (!draw.seed().equals(result.lottery().seed())) {
                problems.add("seed " + result.lottery().seed() + " in the result, " + draw.seed() + " recomputed");
            }
            lists = new PlainPreferenceLists(schools, zoneMembers, publicWithSeats, policy.coordination());
        }

        List<String> check() {
            List<Applicant> children = round.applicants();
            if (result.assignments().size() != children.size()) {
                problems.add(result.assignments().size() + " assignments for " + children.size() + " applicants");
                return problems;
            }
            // Each child's check is independent of the others': they run in one slice per processor (each slice with
            // its own numbering, a Mac being single-threaded), and their findings are gathered in the children's
            // order, so the problems listed are the same as a single pass would list. The proposals are counted per
            // slice (a list of them per child would hold millions of codes in a province) and added up afterwards.
            int n = children.size();
            ChildCheck[] checked = new ChildCheck[n];
            int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 10_000));
            List<Map<String, int[]>> counted = java.util.stream.IntStream.range(0, slices)
                    .parallel()
                    .mapToObj(slice -> {
                        var numbers = new ChildNumbers(draw.referenceNumbering());
                        Map<String, int[]> proposed = new HashMap<>();
                        schools.keySet().forEach(code -> proposed.put(code, new int[1]));
                        for (int i = slice * n / slices; i < (slice + 1) * n / slices; i++) {
                            checked[i] = checkChild(
                                    children.get(i), result.assignments().get(i), numbers, proposed);
                        }
                        return proposed;
                    })
                    .toList();
            Map<String, List<Standing>> admitted = new HashMap<>();
            Map<String, int[]> proposals = new HashMap<>();
            schools.keySet().forEach(code -> proposals.put(code, new int[1]));
            counted.forEach(slice -> slice.forEach((code, count) -> proposals.get(code)[0] += count[0]));
            List<List<Standing>> before = new ArrayList<>(n);
            for (ChildCheck c : checked) {
                c.notes().forEach(this::note);
                if (c.admittedAt() != null) {
                    admitted.computeIfAbsent(c.admittedAt().school(), k -> new ArrayList<>())
                            .add(c.admittedAt());
                }
                before.add(c.preferred());
            }
            checkSchools(admitted, proposals);
            Map<String, Standing> worst = new HashMap<>();
            admitted.forEach(
                    (code, list) -> worst.put(code, list.stream().max(RANKING).orElseThrow()));
            for (int i = 0; i < children.size(); i++) {
                for (Standing preferred : before.get(i)) {
                    AdmissionSchool s = schools.get(preferred.school());
                    List<Standing> held = admitted.getOrDefault(preferred.school(), List.of());
                    if (held.size() < s.seats()) {
                        note(children.get(i).id() + " prefers " + preferred.school() + ", which has a free seat");
                    } else if (RANKING.compare(worst.get(preferred.school()), preferred) > 0) {
                        note(children.get(i).id() + " prefers " + preferred.school() + ", which admitted "
                                + worst.get(preferred.school()).child() + " ranked below");
                    }
                }
            }
            checkSummary();
            return problems;
        }

        /**
         * Checks the child's placement: its findings, its standing where it is placed and its standing at each school
         * it prefers to its placement; counts its proposals (its list up to its placement) on {@code proposals}.
         */
        private ChildCheck checkChild(
                Applicant child, Assignment a, ChildNumbers numbers, Map<String, int[]> proposals) {
            List<String> notes = new ArrayList<>(0);
            if (!a.applicantId().equals(child.id())) {
                notes.add("assignment of " + a.applicantId() + " where " + child.id() + " was expected");
                return new ChildCheck(notes, null, List.of());
            }
            List<AdmissionSchool> list = lists.of(child, a.choiceRank(), a.school());
            int placedAt = a.school() == null ? list.size() : a.choiceRank() - 1;
            Standing admittedAt = null;
            if (a.school() != null) {
                if (a.choiceRank() == null || a.choiceRank() < 1 || a.choiceRank() > list.size()) {
                    notes.add(child.id() + ": choice rank " + a.choiceRank() + " is not on a list of " + list.size());
                    return new ChildCheck(notes, null, List.of());
                }
                AdmissionSchool s = list.get(placedAt);
                if (!s.code().equals(a.school())) {
                    notes.add(child.id() + ": school " + a.school() + " at rank " + a.choiceRank() + ", the list has "
                            + s.code());
                    return new ChildCheck(notes, null, List.of());
                }
                Standing at = standing(child, s, numbers);
                if (at.priorityClass() != a.priorityClass()) {
                    notes.add(child.id() + ": class " + a.priorityClass() + " at " + s.code() + ", recomputed "
                            + at.priorityClass());
                }
                if (!at.number().equals(a.lotteryNumber())) {
                    notes.add(child.id() + ": lottery number " + a.lotteryNumber() + ", recomputed " + at.number());
                }
                admittedAt = at;
            } else if (policy.tieBreak() == TieBreak.SINGLE) {
                String own = numbers.own(child);
                if (!own.equals(a.lotteryNumber())) {
                    notes.add(child.id() + ": lottery number " + a.lotteryNumber() + ", recomputed " + own);
                }
            } else if (a.lotteryNumber() != null || a.choiceRank() != null || a.priorityClass() != null) {
                notes.add(child.id() + ": unplaced with a rank, class or number");
            }
            int proposed = Math.min(placedAt + 1, list.size());
            List<Standing> preferred = new ArrayList<>(placedAt);
            for (int p = 0; p < proposed; p++) {
                proposals.get(list.get(p).code().value())[0]++;
                if (p < placedAt) {
                    preferred.add(standing(child, list.get(p), numbers));
                }
            }
            return new ChildCheck(notes, admittedAt, preferred);
        }

        private void checkSchools(Map<String, List<Standing>> admitted, Map<String, int[]> proposals) {
            List<String> codes = schools.keySet().stream().sorted().toList();
            List<String> reported =
                    result.schools().stream().map(s -> s.code().value()).toList();
            if (!codes.equals(reported)) {
                note("schools " + reported + " in the result, " + codes + " in the round");
                return;
            }
            for (SchoolLine line : result.schools()) {
                String code = line.code().value();
                AdmissionSchool s = schools.get(code);
                List<Standing> held = admitted.getOrDefault(code, List.of());
                if (held.size() > s.seats()) {
                    note(code + ": " + held.size() + " admitted to " + s.seats() + " seats");
                }
                if (line.seats() != s.seats() || line.admitted() != held.size()) {
                    note(code + ": seats/admitted " + line.seats() + "/" + line.admitted() + ", recomputed " + s.seats()
                            + "/" + held.size());
                }
                int proposed = proposals.get(code)[0];
                if (line.applicants() != proposed) {
                    note(code + ": " + line.applicants() + " applicants, recomputed " + proposed);
                }
                Standing last = s.seats() > 0 && held.size() == s.seats()
                        ? held.stream().max(RANKING).orElseThrow()
                        : null;
                var reportedLast = line.lastAdmitted();
                boolean same = last == null
                        ? reportedLast == null
                        : reportedLast != null
                                && reportedLast.priorityClass() == last.priorityClass()
                                && reportedLast.lotteryNumber().equals(last.number());
                if (!same) {
                    note(code + ": last admitted " + reportedLast + ", recomputed " + last);
                }
            }
        }

        private void checkSummary() {
            int placed = 0;
            int first = 0;
            int migrants = 0;
            int migrantsPublic = 0;
            for (int i = 0; i < round.applicants().size(); i++) {
                Applicant child = round.applicants().get(i);
                Assignment a = result.assignments().get(i);
                migrants += child.migrant() ? 1 : 0;
                if (a.school() != null) {
                    placed++;
                    first += Objects.equals(a.choiceRank(), 1) ? 1 : 0;
                    AdmissionSchool s = schools.get(a.school().value());
                    migrantsPublic += child.migrant() && s != null && !s.privateSchool() ? 1 : 0;
                }
            }
            var expected = new AdmissionResult.Summary(
                    round.applicants().size(),
                    placed,
                    round.applicants().size() - placed,
                    first,
                    migrants,
                    migrantsPublic);
            if (!expected.equals(result.summary())) {
                note("summary " + result.summary() + ", recomputed " + expected);
            }
        }

        private Standing standing(Applicant child, AdmissionSchool school, ChildNumbers numbers) {
            PriorityClass c = classAt(child, school);
            String number = policy.tieBreak() == TieBreak.SINGLE ? numbers.own(child) : numbers.at(school, child);
            int order = switch (c) {
                case PRIVATE -> 0;
                case OUT_OF_ZONE -> Integer.MAX_VALUE;
                default -> policy.classes().indexOf(c);
            };
            return new Standing(child.id(), school.code().value(), c, order, number);
        }

        private PriorityClass classAt(Applicant child, AdmissionSchool school) {
            if (school.privateSchool()) {
                return PriorityClass.PRIVATE;
            }
            String zone = zoneOfSchool.get(school.code().value());
            if (zone == null) {
                return PriorityClass.OUT_OF_ZONE;
            }
            boolean hukou = zone.equals(child.hukouZone());
            boolean home = zone.equals(child.homeZone());
            boolean special = child.specialPriority() != null
                    && policy.specialPriorities().contains(child.specialPriority());
            for (PriorityClass c : policy.classes()) {
                boolean holds = (c == PriorityClass.SPECIAL && special && (hukou || home))
                        || (c == PriorityClass.HUKOU_AND_HOME && hukou && home && child.homeOwned())
                        || (c == PriorityClass.HUKOU && hukou)
                        || (c == PriorityClass.HOME && home && child.homeOwned())
                        || (c == PriorityClass.RESIDENT && home && child.residencePermit());
                if (holds) {
                    return c;
                }
            }
            return PriorityClass.OUT_OF_ZONE;
        }

        private void note(String problem) {
            if (problems.size() < MAX_LISTED) {
                problems.add(problem);
            }
        }
    }

    /** What the check of one child found, gathered afterwards in the children's order. */
    private record ChildCheck(List<String> notes, @Nullable Standing admittedAt, List<Standing> preferred) {}

    /** The numbers of one slice of children, on that slice's thread. */
    private static final class ChildNumbers {
        private final LotteryV1.Numbering numbering;
        /** The last child numbered (SINGLE), so that its one number is computed once, not once per school. */
        private @Nullable Applicant numbered;

        private String ownNumber = "";

        ChildNumbers(LotteryV1.Numbering numbering) {
            this.numbering = numbering;
        }

        String own(Applicant child) {
            if (child != numbered) {
                numbered = child;
                ownNumber = numbering.number(child.id());
            }
            return ownNumber;
        }

        String at(AdmissionSchool school, Applicant child) {
            return numbering.number(school.code().value() + "|" + child.id());
        }
    }

    /** A child's standing at a school; ordered best first by class, then lottery number. */
    private record Standing(String child, String school, PriorityClass priorityClass, int order, String number) {}

    private static final Comparator<Standing> RANKING =
            Comparator.comparingInt(Standing::order).thenComparing(Standing::number);
}
