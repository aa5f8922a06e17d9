package org.edubalance.app.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.account.AccountService;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * An entrance-exam (quota) round on the planners' pages (docs/planning/rounds.md, "Pages"), on the round of the API
 * test: two public junior highs J1 and J2 of one county, a key high school H1 with 4 seats and quota share 0.5, an
 * ordinary H2 with 2 seats, six candidates. By hand: Q(H1) = 2, one quota seat for each junior high (three candidates
 * each). With the quota seats H1 admits C1 and the better of C4/C5 by quota, C2 and the other of C4/C5 in the general
 * batch; without them its 4 seats go by score to C1 (620), C2 (600), C4 and C5 (580): both junior highs have 2 of 3
 * candidates in the key high school either way, so the counterfactual changes nothing here. Cut-offs: H1 general 580,
 * H2 general 500 (C3), H1's quota of J1 620 (C1), of J2 580.
 */
@PlatformTest
class QuotaRoundPagesIT {
    private static final String VALUE = "SSE close 2027-07-01 3433.19";
    private static final Pattern ROUND = Pattern.compile("/enrolment/rounds/(\\d+)$");
    private static final Set<SchoolType> JUNIOR_SEGMENT =
            Set.of(SchoolType.JUNIOR, SchoolType.NINE_YEAR, SchoolType.TWELVE_YEAR, SchoolType.COMPLETE_SECONDARY);

    private final int port;
    private final AccountService accounts;
    private final String area;
    private final int year;
    private final SchoolYear j1;
    private final SchoolYear j2;

    QuotaRoundPagesIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.accounts = app.getBean(AccountService.class);
        SchoolYears schoolYears = app.getBean(SchoolYears.class);
        this.year = schoolYears.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<SchoolYear>> juniors = schoolYears.ofYear(year).stream()
                .filter(s -> JUNIOR_SEGMENT.contains(s.type()) && s.junior().hasStudents())
                .filter(s -> s.ownership() != Ownership.PRIVATE)
                .collect(Collectors.groupingBy(s -> s.county().code().value()));
        var county = juniors.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .min(Map.Entry.comparingByKey())
                .orElseThrow();
        this.area = county.getKey();
        this.j1 = county.getValue().get(0);
        this.j2 = county.getValue().get(1);
    }

    private String highSchools() {
        return "year,area_code,school_code,school_name,seats,quota_share,quota_min_score,tier\n"
                + year + "," + area + ",H1,第一高级中学,4,0.5,,KEY\n"
                + year + "," + area + ",H2,第二高级中学,2,0,,ORDINARY\n";
    }

    private String candidates(String lastScore) {
        String head = year + "," + area + ",";
        String a = j1.code().value();
        String b = j2.code().value();
        return "year,area_code,candidate_id,junior_school,score,tie1,tie2,tie3,quota_choice,choices\n"
                + head + "C1," + a + ",620,,,,H1,H1;H2\n"
                + head + "C2," + a + ",600,,,,H1,H1;H2\n"
                + head + "C3," + a + ",500,,,,,H2\n"
                + head + "C4," + b + ",580,,,,H1,H1;H2\n"
                + head + "C5," + b + ",580,,,,H1,H1;H2\n"
                + head + "C6," + b + "," + lastScore + ",,,,,H1\n";
    }

    private HttpResponse<String> create(PageSession planner, String candidates) {
        String form = planner.get("/enrolment/" + area).body();
        return planner.upload(
                "/enrolment/quota-rounds?lang=en",
                PageSession.encode(PageSession.csrf(form)),
                Map.of("area", area, "year", Integer.toString(year)),
                List.of(
                        new PageSession.FilePart(
                                "high_schools",
                                "high_schools.csv",
                                highSchools().getBytes(StandardCharsets.UTF_8)),
                        new PageSession.FilePart(
                                "candidates", "candidates.csv", candidates.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aQuotaRoundShowsItsQuotasCutoffsAndWhatTheQuotaSeatsChangeThenIsApprovedAndPublished() {
        PageSession planner = PageSession.signIn(port, "planner");
        assertThat(planner.get("/enrolment/" + area + "?lang=en").body()).contains("id=\"quota-round-form\"");
        HttpResponse<String> created = create(planner, candidates("400"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher m = ROUND.matcher(created.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        String path = "/enrolment/rounds/" + m.group(1);

        String draft = planner.get(path + "?lang=en").body();
        assertThat(draft).contains("entrance exam (quota seats)", "<td>high_schools</td>", "<td>candidates</td>");
        String csrf = PageSession.encode(PageSession.csrf(draft));
        assertThat(planner.postForm(path + "/commit", "_csrf=" + csrf).statusCode())
                .isEqualTo(302);
        assertThat(planner.postForm(path + "/draw", "publicValue=" + PageSession.encode(VALUE) + "&_csrf=" + csrf)
                        .statusCode())
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> planner.get(path + "/status")
                        .headers()
                        .firstValue("HX-Refresh")
                        .isPresent());

        String page = planner.get(path + "?lang=en").body();
        assertThat(page).contains("id=\"quota-result\"", "id=\"equity-chart\"", "id=\"approve-form\"");
        assertThat(page).contains("第一高级中学 (2 / 4)").doesNotContain("第二高级中学 (");
        for (SchoolYear junior : List.of(j1, j2)) {
            String row = row(page, "equity", "data-junior=\"" + junior.code().value() + "\"");
            assertThat(row).contains("<td>3</td><td>1</td>", "2 (66.7 %)", ">0<");
        }
        List<String> cutoffs = rows(page, "cutoffs");
        assertThat(cutoffs).hasSize(4);
        assertThat(String.join("\n", cutoffs))
                .contains(">general<", ">quota<", ">580<", ">500<", ">620<", j1.name(), j2.name());
        assertThat(page).contains("id=\"rural-urban\"", "id=\"key-rate-cv\"");
        // C1, the best of J1 asking for H1's quota, takes J1's quota seat; C6 (400) asked for H1 only, which filled.
        assertThat(planner.get(path + "/explanation?lang=en&applicant=C1").body())
                .contains(">Candidate C1<", "Admitted to H1 in the quota batch");
        assertThat(planner.get(path + "?lang=en&applicant=C6").body())
                .contains("Not admitted: every school listed was full before this candidate");
        assertThat(planner.get(path + "/explanation?lang=en&applicant=C9").body())
                .contains("No applicant C9 in this round.");
        HttpResponse<byte[]> xlsx = planner.getBytes(path + "/result.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        assertThat(planner.postForm(path + "/approve", "_csrf=" + csrf).statusCode())
                .isEqualTo(302);
        assertThat(planner.postForm(path + "/publish", "_csrf=" + csrf).statusCode())
                .isEqualTo(302);
        String published = planner.get(path + "?lang=zh").body();
        assertThat(published).contains("已公布", "指标到校带来的变化", "无指标到校", "有指标到校");
        assertThat(new Api(port).anonymous("/public/draws/" + m.group(1)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRefusedQuotaUploadShowsItsLocatedErrorAndInspectorsCannotCreateOne() {
        PageSession planner = PageSession.signIn(port, "planner");
        HttpResponse<String> refused = create(planner, candidates("not-a-score"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(rows(refused.body(), "issues").getFirst())
                .contains("<td>candidates.csv</td><td>7</td>", "not-a-score", "IMP-");

        PageSession inspector = PageSession.signIn(port, "inspector");
        assertThat(inspector.get("/enrolment/" + area).body()).doesNotContain("id=\"quota-round-form\"");
        assertThat(create(inspector, candidates("400")).statusCode()).isEqualTo(403);
    }

    private static List<String> rows(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        String table = page.substring(start, page.indexOf("</table>", start));
        return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(table.substring(table.indexOf("<tbody>")))
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    private static String row(String page, String id, String marker) {
        int start = page.indexOf("id=\"" + id + "\"");
        String table = page.substring(start, page.indexOf("</table>", start));
        int at = table.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return table.substring(at, table.indexOf("</tr>", at));
    }
}
