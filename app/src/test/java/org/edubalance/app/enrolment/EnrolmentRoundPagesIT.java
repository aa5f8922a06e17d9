package org.edubalance.app.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planners' enrolment round pages over real HTTP against the running platform (docs/planning/rounds.md, "Pages"),
 * on the small round of {@link AdmissionRoundFixture}: every figure expected is derived by hand from the three children
 * and their lottery numbers, computed here from the lottery's definition.
 */
@PlatformTest
class EnrolmentRoundPagesIT {
    private static final String VALUE = "SZSE close 2027-06-03 10411.27";
    private static final Pattern ROUND = Pattern.compile("/enrolment/rounds/(\\d+)$");
    private static final Pattern SCHOOLS_HASH = Pattern.compile(
            "<td>schools</td><td>schools.csv</td>\\s*<td>[^<]*</td>\\s*<td><small><code>([0-9a-f]{64})");

    private final int port;
    private final AdmissionRoundFixture round;
    private final JdbcClient jdbc;

    EnrolmentRoundPagesIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.round = AdmissionRoundFixture.of(app);
        this.jdbc = JdbcClient.create(app.getBean(DataSource.class));
    }

    @Test
    void aPlannerTakesARoundFromTheUploadToThePublishedResult() {
        PageSession planner = PageSession.signIn(port, "planner");
        String counties = planner.get("/enrolment?lang=en").body();
        assertThat(counties).contains("href=\"/enrolment/" + round.county() + "\"", "id=\"round-form\"");

        long id = create(planner);
        String path = "/enrolment/rounds/" + id;
        String draft = planner.get(path + "?lang=en").body();
        assertThat(draft)
                .contains("id=\"round-status\">Files uploaded<", "id=\"commit-form\"", "id=\"no-commit\"")
                .doesNotContain("id=\"draw-form\"", "id=\"publish-form\"");
        assertThat(planner.get("/enrolment/" + round.county() + "?lang=en").body())
                .contains("href=\"/enrolment/rounds/" + id + "\"");

        HttpResponse<String> early = planner.postForm(
                path + "/draw?lang=en", "publicValue=" + PageSession.encode(VALUE) + "&_csrf=" + csrf(draft));
        assertThat(early.statusCode()).as("a draw before the commit").isEqualTo(409);
        assertThat(early.body())
                .contains(
                        "id=\"step-refused\"",
                        "The draw was refused: the round is at the step &quot;Files uploaded&quot;")
                .contains("id=\"round-status\">Files uploaded<");

        assertThat(planner.postForm(path + "/commit", "_csrf=" + csrf(draft)).statusCode())
                .isEqualTo(302);
        String committed = planner.get(path + "?lang=en").body();
        Matcher schools = SCHOOLS_HASH.matcher(committed);
        assertThat(schools.find()).as("the schools file's hash on the page").isTrue();
        String commit = round.commit(schools.group(1));
        assertThat(committed)
                .contains("id=\"commit\">" + commit + "<", "id=\"announce\"", "before the draw", "id=\"draw-form\"")
                .contains(AdmissionRoundFixture.sha256(AdmissionRoundFixture.bytes(round.applicants())))
                .doesNotContain("id=\"commit-form\"");

        HttpResponse<String> empty = planner.postForm(path + "/draw?lang=en", "publicValue=&_csrf=" + csrf(committed));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("the public value is empty");

        HttpResponse<String> drawn = planner.postForm(
                path + "/draw", "publicValue=" + PageSession.encode(VALUE) + "&_csrf=" + csrf(committed));
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(302);
        byte[] seed = AdmissionRoundFixture.seed(commit, VALUE);
        awaitDone(planner, id);

        String done = planner.get(path + "?lang=en").body();
        List<String> byNumber = AdmissionRoundFixture.byNumber(seed);
        // All three list the principal's school first: the lowest number gets it, the two others go on to the second
        // school, the lower of them gets it and the highest is left unplaced.
        assertThat(done)
                .contains("id=\"seed\">" + java.util.HexFormat.of().formatHex(seed) + "<")
                .contains("id=\"stat-applicants\">3<", "id=\"stat-placed\">2<", "id=\"stat-unplaced\">1<")
                .contains("id=\"stat-first-choice\">33.3 % (1)<", "id=\"stat-oversubscribed\">2<")
                .contains("id=\"stat-migrant\">no migrant children<")
                .contains("id=\"approve-form\"", "id=\"download-json\"", "id=\"download-xlsx\"", "id=\"demand-chart\"")
                .doesNotContain("id=\"publish-form\"");
        assertThat(schoolRow(done, round.first().code().value()))
                .contains(
                        "<td>1</td><td>1</td><td>3</td>",
                        "<td>3.00</td>",
                        AdmissionRoundFixture.number(seed, byNumber.get(0)));
        assertThat(schoolRow(done, round.second().code().value()))
                .contains(
                        "<td>1</td><td>1</td><td>2</td>",
                        "<td>2.00</td>",
                        AdmissionRoundFixture.number(seed, byNumber.get(1)));

        explanations(planner, id, seed, byNumber);
        downloads(planner, id, byNumber);

        HttpResponse<String> early2 = planner.postForm(path + "/publish?lang=en", "_csrf=" + csrf(done));
        assertThat(early2.statusCode()).as("published only once approved").isEqualTo(409);
        assertThat(early2.body()).contains("The result was not published: the round is at the step &quot;Drawn&quot;");
        assertThat(planner.postForm(path + "/approve", "_csrf=" + csrf(done)).statusCode())
                .isEqualTo(302);
        String approved = planner.get(path + "?lang=en").body();
        assertThat(approved)
                .contains("id=\"round-status\">Approved<", "id=\"approved\">Approved by planner", "id=\"publish-form\"")
                .doesNotContain("id=\"approve-form\"");
        assertThat(new Api(port).anonymous("/public/draws/" + id).statusCode())
                .as("approved, not published")
                .isEqualTo(404);
        assertThat(planner.postForm(path + "/publish", "_csrf=" + csrf(done)).statusCode())
                .isEqualTo(302);
        String published = planner.get(path + "?lang=en").body();
        assertThat(published)
                .contains("id=\"round-status\">Published<", "id=\"public-link\" href=\"/public/draws/" + id + "\"")
                .doesNotContain("id=\"publish-form\"");
        assertThat(new Api(port).anonymous("/public/draws/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> again = planner.postForm(path + "/publish?lang=zh", "_csrf=" + csrf(published));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("结果未公布", "已公布").doesNotContain("The result was not published");
        assertThat(planner.get(path + "?lang=zh").body()).contains("轮次统计", "第一志愿录取", "打开公开页面");
    }

    /** Each child's explanation, worded as docs/planning/admission.md §7 says, on the page and as the htmx fragment. */
    private void explanations(PageSession planner, long id, byte[] seed, List<String> byNumber) {
        String path = "/enrolment/rounds/" + id;
        String lowest =
                planner.get(path + "?lang=en&applicant=" + byNumber.get(0)).body();
        assertThat(lowest)
                .contains("id=\"explanation-why\">Placed at the first school of the list.<")
                .contains(AdmissionRoundFixture.number(seed, byNumber.get(0)));
        assertThat(rows(lowest, "explanation-steps")).hasSize(1);

        String middle = planner.get(path + "/explanation?lang=en&applicant=" + byNumber.get(1))
                .body();
        assertThat(middle)
                .startsWith("<div id=\"explanation\"")
                .contains("Placed at position 2: every school above it filled with children ranked higher.")
                .contains(">ranked below the last admitted<", ">admitted<");
        assertThat(rows(middle, "explanation-steps")).hasSize(2);

        String highest = planner.get(path + "/explanation?lang=zh&applicant=" + byNumber.get(2))
                .body();
        assertThat(highest).contains("未录取").doesNotContain("Unplaced");
        assertThat(rows(highest, "explanation-steps")).hasSize(2);

        assertThat(planner.get(path + "?lang=en&applicant=NOBODY").body())
                .contains("id=\"explanation-missing\">No applicant NOBODY in this round.<");
    }

    private void downloads(PageSession planner, long id, List<String> byNumber) {
        String path = "/enrolment/rounds/" + id;
        HttpResponse<String> json = planner.get(path + "/result.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .isEqualTo(new Api(port)
                        .get("/api/v1/enrolment-rounds/" + id + "/result", "planner")
                        .body());
        assertThat(Api.json(json).get("summary").get("unplaced").asInt()).isEqualTo(1);
        HttpResponse<byte[]> xlsx = planner.getBytes(path + "/result.xlsx?lang=en");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(byNumber).hasSize(3);
    }

    @Test
    void aRefusedUploadShowsEveryLocatedErrorInThePagesLanguageAndStoresNothing() {
        PageSession planner = PageSession.signIn(port, "planner");
        long before = rounds();
        String form = planner.get("/enrolment/" + round.county()).body();

        HttpResponse<String> en = planner.upload(
                "/enrolment/rounds?lang=en", csrf(form), round.fields(), round.files(round.applicants("9999999999")));
        assertThat(en.statusCode()).isEqualTo(422);
        assertThat(en.body()).contains("id=\"round-report\"", "Nothing was stored.");
        String row = rows(en.body(), "issues").getFirst();
        assertThat(row).contains("<td>applicants.csv</td><td>4</td>", "9999999999", "IMP-");

        HttpResponse<String> zh = planner.upload(
                "/enrolment/rounds?lang=zh", csrf(form), round.fields(), round.files(round.applicants("9999999999")));
        assertThat(zh.statusCode()).isEqualTo(422);
        assertThat(zh.body()).contains("未创建轮次", "applicants.csv", "9999999999");
        assertThat(rows(zh.body(), "issues").getFirst()).doesNotContain("Maybe");

        var tooLarge = new java.util.ArrayList<>(round.files(round.applicants()));
        tooLarge.add(new PageSession.FilePart("policy", "policy.yaml", new byte[20 * 1024]));
        HttpResponse<String> policy = planner.upload("/enrolment/rounds?lang=en", csrf(form), round.fields(), tooLarge);
        assertThat(policy.statusCode()).isEqualTo(422);
        assertThat(policy.body()).contains("id=\"round-problem\"", "larger than 16 KB");
        assertThat(rounds()).isEqualTo(before);
    }

    @Test
    void inspectorsReadTheRoundWithoutAnyFormAndTheirPostsAreRefused() {
        PageSession planner = PageSession.signIn(port, "planner");
        long id = create(planner);
        PageSession inspector = PageSession.signIn(port, "inspector");

        HttpResponse<String> page = inspector.get("/enrolment/rounds/" + id + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"round-status\">Files uploaded<", "id=\"files\"");
        assertThat(page.body()).doesNotContain("id=\"commit-form\"", "id=\"draw-form\"", "id=\"publish-form\"");
        String county =
                inspector.get("/enrolment/" + round.county() + "?lang=en").body();
        assertThat(county).contains("href=\"/enrolment/rounds/" + id + "\"").doesNotContain("id=\"round-form\"");

        String token = csrf(page.body());
        assertThat(inspector
                        .postForm("/enrolment/rounds/" + id + "/commit", "_csrf=" + token)
                        .statusCode())
                .isEqualTo(403);
        assertThat(inspector
                        .upload("/enrolment/rounds", token, round.fields(), round.files(round.applicants()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(planner.get("/enrolment/rounds/" + id + "?lang=en").body())
                .as("still a draft")
                .contains("id=\"round-status\">Files uploaded<");
    }

    @Test
    void aPrincipalSeesOnlyPublishedRoundsOfTheirCountyAndThereOnlyTheirOwnSchool() {
        PageSession planner = PageSession.signIn(port, "planner");
        long id = create(planner);
        String path = "/enrolment/rounds/" + id;
        PageSession principal = PageSession.signIn(port, "principal");
        assertThat(principal.get(path).statusCode()).as("a draft").isEqualTo(404);
        assertThat(principal.get("/enrolment/" + round.county()).body()).doesNotContain("href=\"" + path + "\"");

        String draft = planner.get(path).body();
        planner.postForm(path + "/commit", "_csrf=" + csrf(draft));
        String committed = planner.get(path).body();
        Matcher schools = SCHOOLS_HASH.matcher(committed);
        assertThat(schools.find()).isTrue();
        byte[] seed = AdmissionRoundFixture.seed(round.commit(schools.group(1)), VALUE);
        planner.postForm(path + "/draw", "publicValue=" + PageSession.encode(VALUE) + "&_csrf=" + csrf(committed));
        awaitDone(planner, id);
        assertThat(principal.get(path).statusCode()).as("drawn, not published").isEqualTo(404);
        planner.postForm(path + "/approve", "_csrf=" + csrf(committed));
        assertThat(principal.get(path).statusCode())
                .as("approved, not published")
                .isEqualTo(404);
        planner.postForm(path + "/publish", "_csrf=" + csrf(committed));

        HttpResponse<String> page = principal.get(path + "?lang=en&applicant=A1");
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> byNumber = AdmissionRoundFixture.byNumber(seed);
        List<String> admitted = rows(page.body(), "own-admitted");
        assertThat(admitted).hasSize(1);
        assertThat(admitted.getFirst())
                .contains(">" + byNumber.get(0) + "<", AdmissionRoundFixture.number(seed, byNumber.get(0)));
        assertThat(page.body())
                .doesNotContain("id=\"statistics\"", "id=\"schools\"", "id=\"explanation-found\"", "id=\"files\"")
                .doesNotContain(round.second().code().value(), ">" + byNumber.get(1) + "<", ">" + byNumber.get(2) + "<")
                .doesNotContain("id=\"commit-form\"", "id=\"draw-form\"", "id=\"publish-form\"");
        assertThat(principal.get("/enrolment/" + round.county()).body()).contains("href=\"" + path + "\"");
        assertThat(principal.get(path + "/result.json").statusCode()).isEqualTo(403);
        assertThat(principal.get(path + "/result.xlsx").statusCode()).isEqualTo(403);
        assertThat(principal.get(path + "/explanation?applicant=A1").statusCode())
                .isEqualTo(403);
        assertThat(principal.get("/enrolment?lang=en").body())
                .contains("href=\"/enrolment/" + round.county() + "\"")
                .doesNotContain("id=\"round-form\"");
    }

    @Test
    void withoutSignInThePagesLeadToTheSignIn() {
        Api anyone = new Api(port);
        for (String path : List.of("/enrolment", "/enrolment/" + round.county(), "/enrolment/rounds/1")) {
            HttpResponse<String> page = anyone.anonymous(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/signin");
        }
    }

    /** Creates the fixture's round through the page's form; answers its id. */
    private long create(PageSession planner) {
        String form = planner.get("/enrolment/" + round.county()).body();
        HttpResponse<String> created =
                planner.upload("/enrolment/rounds", csrf(form), round.fields(), round.files(round.applicants()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Matcher m = ROUND.matcher(created.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Polls the job's status panel as the page does until it asks for a reload; the job must then be done. */
    private static void awaitDone(PageSession planner, long id) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> planner.get("/enrolment/rounds/" + id + "/status")
                        .headers()
                        .firstValue("HX-Refresh")
                        .isPresent());
        assertThat(planner.get("/enrolment/rounds/" + id + "/status?lang=en").body())
                .contains("id=\"job-state\">Done<");
    }

    private long rounds() {
        return jdbc.sql("select count(*) from enrolment_round")
                .query(Long.class)
                .single();
    }

    private static String csrf(String page) {
        return PageSession.encode(PageSession.csrf(page));
    }

    /** The body rows of the table {@code id}. */
    private static List<String> rows(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        String table = page.substring(start, page.indexOf("</table>", start));
        String body = table.substring(table.indexOf("<tbody>"));
        return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(body)
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    private static String schoolRow(String page, String code) {
        return rows(page, "schools").stream()
                .filter(r -> r.contains(">" + code + "<"))
                .findFirst()
                .orElseThrow();
    }
}
