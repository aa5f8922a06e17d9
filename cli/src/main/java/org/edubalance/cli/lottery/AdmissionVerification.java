package org.edubalance.cli.lottery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.cli.BadInputException;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.lottery.LotteryInput;
import org.jspecify.annotations.Nullable;

/**
 * Compares a published admission result (parsed JSON) with the result recomputed from the input files: the input
 * hashes, commit and seed, then every child's placement and number in file order, then the schools and the counts.
 * The first difference is named the way a parent or a notary reads it, e.g. {@code A0007: school 3710020003 in the
 * result, 3710020001 recomputed}.
 */
final class AdmissionVerification {
    private final Map<String, @Nullable Object> published;

    AdmissionVerification(Map<String, @Nullable Object> published) {
        this.published = published;
    }

    /** The first difference, or {@code null} when everything reproduces. */
    @Nullable
    String firstDifference(AdmissionResult recomputed) {
        Map<String, @Nullable Object> lottery = map(published.get("lottery"), "lottery");
        Map<String, @Nullable Object> inputs = map(lottery.get("inputs"), "lottery.inputs");
        for (LotteryInput input : recomputed.lottery().inputs()) {
            String given = text(inputs.get(input.name()));
            if (!input.sha256().equals(given)) {
                return "lottery.inputs." + input.name() + ": " + given + " in the result, " + input.sha256()
                        + " recomputed (the file is not the one committed)";
            }
        }
        String diff = differ(
                "lottery.commit", lottery.get("commit"), recomputed.lottery().commit());
        diff = diff != null
                ? diff
                : differ(
                        "lottery.seed",
                        lottery.get("seed"),
                        recomputed.lottery().seed());
        diff = diff != null
                ? diff
                : differ(
                        "lottery.tieBreak",
                        lottery.get("tieBreak"),
                        recomputed.lottery().tieBreak().name());
        if (diff != null) {
            return diff;
        }
        List<@Nullable Object> assignments = list(published.get("assignments"), "assignments");
        List<Assignment> expected = recomputed.assignments();
        for (int i = 0; i < Math.max(assignments.size(), expected.size()); i++) {
            if (i >= assignments.size()) {
                return expected.get(i).applicantId() + ": missing from the result, recomputed as placed or not";
            }
            Map<String, @Nullable Object> given = map(assignments.get(i), "assignments[" + i + "]");
            if (i >= expected.size()) {
                return text(given.get("applicantId")) + ": in the result, not an applicant of the round";
            }
            Assignment a = expected.get(i);
            String id = text(given.get("applicantId"));
            if (!a.applicantId().equals(id)) {
                return "assignments[" + i + "]: applicant " + id + " in the result, " + a.applicantId() + " recomputed";
            }
            diff = field(
                    id,
                    "school",
                    given.get("school"),
                    a.school() == null ? null : a.school().value());
            diff = diff != null ? diff : field(id, "choiceRank", given.get("choiceRank"), a.choiceRank());
            diff = diff != null
                    ? diff
                    : field(
                            id,
                            "class",
                            given.get("class"),
                            a.priorityClass() == null ? null : a.priorityClass().name());
            diff = diff != null ? diff : field(id, "lotteryNumber", given.get("lotteryNumber"), a.lotteryNumber());
            if (diff != null) {
                return diff;
            }
        }
        return schoolsAndSummary(recomputed);
    }

    private @Nullable String schoolsAndSummary(AdmissionResult recomputed) {
        List<@Nullable Object> schools = list(published.get("schools"), "schools");
        if (schools.size() != recomputed.schools().size()) {
            return "schools: " + schools.size() + " in the result, "
                    + recomputed.schools().size() + " recomputed";
        }
        for (int i = 0; i < schools.size(); i++) {
            Map<String, @Nullable Object> given = map(schools.get(i), "schools[" + i + "]");
            SchoolLine s = recomputed.schools().get(i);
            String code = s.code().value();
            String diff = differ("schools[" + i + "].code", given.get("code"), code);
            diff = diff != null ? diff : field(code, "seats", given.get("seats"), s.seats());
            diff = diff != null ? diff : field(code, "admitted", given.get("admitted"), s.admitted());
            diff = diff != null ? diff : field(code, "applicants", given.get("applicants"), s.applicants());
            Object last = given.get("lastAdmitted");
            if (diff == null && (last == null) != (s.lastAdmitted() == null)) {
                diff = code + ": lastAdmitted " + last + " in the result, " + s.lastAdmitted() + " recomputed";
            }
            if (diff == null && last != null) {
                Map<String, @Nullable Object> l = map(last, "schools[" + i + "].lastAdmitted");
                diff = field(
                        code,
                        "lastAdmitted.class",
                        l.get("class"),
                        s.lastAdmitted().priorityClass().name());
                diff = diff != null
                        ? diff
                        : field(
                                code,
                                "lastAdmitted.lotteryNumber",
                                l.get("lotteryNumber"),
                                s.lastAdmitted().lotteryNumber());
            }
            if (diff != null) {
                return diff;
            }
        }
        Map<String, @Nullable Object> summary = map(published.get("summary"), "summary");
        var s = recomputed.summary();
        Object[][] figures = {
            {"applicants", s.applicants()},
            {"placed", s.placed()},
            {"unplaced", s.unplaced()},
            {"firstChoice", s.firstChoice()},
            {"migrantApplicants", s.migrantApplicants()},
            {"migrantPlacedPublic", s.migrantPlacedPublic()}
        };
        for (Object[] f : figures) {
            String diff = field("summary", (String) f[0], summary.get((String) f[0]), (Integer) f[1]);
            if (diff != null) {
                return diff;
            }
        }
        return null;
    }

    private static @Nullable String field(String who, String name, @Nullable Object given, @Nullable Object expected) {
        Object shown = given instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : given;
        Object want = expected == null ? null : String.valueOf(expected);
        if (Objects.equals(shown == null ? null : String.valueOf(shown), want)) {
            return null;
        }
        return who + ": " + name + " " + shown + " in the result, " + want + " recomputed";
    }

    private static @Nullable String differ(String name, @Nullable Object given, String expected) {
        return expected.equals(given) ? null : name + ": " + given + " in the result, " + expected + " recomputed";
    }

    static @Nullable String text(@Nullable Object value) {
        return value instanceof String s ? s : value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> map(@Nullable Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, @Nullable Object>) m;
        }
        throw new BadInputException("--result: '" + where + "' is not an object. Maybe the file is not an admission"
                + " result of edubalance plan admission.");
    }

    @SuppressWarnings("unchecked")
    static List<@Nullable Object> list(@Nullable Object value, String where) {
        if (value instanceof List<?> l) {
            return (List<@Nullable Object>) l;
        }
        throw new BadInputException("--result: '" + where + "' is not a list. Maybe the file is not an admission"
                + " result of edubalance plan admission.");
    }
}
