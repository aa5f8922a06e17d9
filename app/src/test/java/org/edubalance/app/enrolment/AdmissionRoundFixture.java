package org.edubalance.app.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.edubalance.app.PageSession;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.springframework.context.ApplicationContext;

/**
 * A small admission round on the demo city for the page tests: the demo principal's school and another public school
 * of its county share one zone with one seat each, and three children of the zone (A1, A2, A3, same class) list both
 * in that order. With the lottery's definition (docs/planning/lottery.md) the placements follow by hand: the lowest
 * number gets the first school, the middle one the second, the highest none.
 *
 * @param first the principal's school
 * @param second the other school
 * @param grade the entry grade both offer
 */
public record AdmissionRoundFixture(SchoolYear first, SchoolYear second, String grade) {
    /** The children, in the applicants file's order. */
    public static final List<String> CHILDREN = List.of("A1", "A2", "A3");

    /** The round of the demo principal's school in the newest year of the demo data. */
    public static AdmissionRoundFixture of(ApplicationContext app) {
        SchoolYears schoolYears = app.getBean(SchoolYears.class);
        var principalSchool =
                app.getBean(UserAccounts.class).find("principal").orElseThrow().school();
        int year = schoolYears.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        SchoolYear first = schoolYears.ofYear(year).stream()
                .filter(s -> s.code().equals(principalSchool))
                .findFirst()
                .orElseThrow();
        boolean primary = first.primary().hasStudents();
        SchoolYear second = schoolYears.ofYear(year, first.county().code()).stream()
                .filter(s -> !s.code().equals(first.code()) && s.ownership() != Ownership.PRIVATE)
                .filter(s -> primary ? s.primary().hasStudents() : s.junior().hasStudents())
                .findFirst()
                .orElseThrow();
        return new AdmissionRoundFixture(first, second, primary ? "G1" : "G7");
    }

    public int year() {
        return first.year();
    }

    public String county() {
        return first.county().code().value();
    }

    public String seats() {
        return "year,county_code,school_code,entry_grade,seats\n"
                + year() + "," + county() + "," + first.code().value() + "," + grade + ",1\n"
                + year() + "," + county() + "," + second.code().value() + "," + grade + ",1\n";
    }

    public String zones() {
        return "year,county_code,entry_grade,zone_id,school_code\n"
                + year() + "," + county() + "," + grade + ",Z1," + first.code().value() + "\n"
                + year() + "," + county() + "," + grade + ",Z1," + second.code().value() + "\n";
    }

    /** The applicants; the third child's choices are {@code thirdChoices} (a bad code makes a refused file). */
    public String applicants(String thirdChoices) {
        StringBuilder text = new StringBuilder(
                "year,county_code,entry_grade,applicant_id,hukou_zone,home_zone,home_owned,residence_permit,migrant,"
                        + "special_priority,choices\n");
        for (String id : CHILDREN) {
            text.append(year() + "," + county() + "," + grade + "," + id + ",Z1,Z1,true,false,false,,"
                    + (id.equals("A3") ? thirdChoices : choices()) + "\n");
        }
        return text.toString();
    }

    public String applicants() {
        return applicants(choices());
    }

    private String choices() {
        return first.code().value() + ";" + second.code().value();
    }

    /** The form fields of the new-round form. */
    public Map<String, String> fields() {
        return Map.of("county", county(), "year", Integer.toString(year()), "entryGrade", grade);
    }

    /** The three uploads, {@code applicants} as given. */
    public List<PageSession.FilePart> files(String applicants) {
        return List.of(
                new PageSession.FilePart("seats", "seats.csv", bytes(seats())),
                new PageSession.FilePart("zones", "zones.csv", bytes(zones())),
                new PageSession.FilePart("applicants", "applicants.csv", bytes(applicants)));
    }

    /** The commit of the five inputs, the schools file's hash as the platform stored it, the others hashed here. */
    public String commit(String schoolsSha256) {
        StringBuilder text = new StringBuilder("edubalance-lottery-v1\n");
        text.append("schools=").append(schoolsSha256).append('\n');
        text.append("seats=").append(sha256(bytes(seats()))).append('\n');
        text.append("zones=").append(sha256(bytes(zones()))).append('\n');
        text.append("applicants=").append(sha256(bytes(applicants()))).append('\n');
        text.append("policy=").append(sha256(national())).append('\n');
        return sha256(bytes(text.toString()));
    }

    /** The seed of the draw of {@code commit} with {@code publicValue}. */
    public static byte[] seed(String commit, String publicValue) {
        return LotteryDigests.sha(bytes(commit + "\n" + publicValue));
    }

    /** The children from the lowest lottery number to the highest (a single number per child: the national policy). */
    public static List<String> byNumber(byte[] seed) {
        List<String> children = new ArrayList<>(CHILDREN);
        children.sort(Comparator.comparing(child -> number(seed, child)));
        return children;
    }

    /** The child's lottery number: HMAC-SHA256 of its id under the seed, lowercase hex. */
    public static String number(byte[] seed, String child) {
        return LotteryDigests.number(seed, child);
    }

    public static String sha256(byte[] content) {
        return LotteryDigests.sha256(content);
    }

    static byte[] national() {
        try (var in = org.edubalance.dataimport.policy.AdmissionPolicyReader.class.getResourceAsStream(
                "admission/national.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
