package org.edubalance.app.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edubalance.app.enrolment.LotteryDigests.hex;
import static org.edubalance.app.enrolment.LotteryDigests.number;
import static org.edubalance.app.enrolment.LotteryDigests.send;
import static org.edubalance.app.enrolment.LotteryDigests.sha;
import static org.edubalance.app.enrolment.LotteryDigests.sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An admission round through the API on the demo city (docs/planning/rounds.md): the principal's school and another
 * public school of its county share one zone with one seat each, and three children of the zone choose both. The
 * expectations are derived by hand from the lottery's definition (docs/planning/lottery.md): the commit from the files'
 * hashes, the seed and each child's HMAC number; lower numbers rank first, so the lowest gets the first school, the
 * middle one the second, the highest none.
 */
@PlatformTest
class EnrolmentRoundApiIT {
    private static final String VALUE = "SZSE close 2027-06-02 10234.56";

    private final Api api;
    private final int port;
    private final SchoolYears schoolYears;
    private final UserAccounts accounts;
    private final DataSource dataSource;

    @Autowired
    EnrolmentRoundApiIT(
            @Value("${local.server.port}") int port,
            SchoolYears schoolYears,
            UserAccounts accounts,
            DataSource dataSource) {
        this.api = new Api(port);
        this.port = port;
        this.dataSource = dataSource;
        this.schoolYears = schoolYears;
        this.accounts = accounts;
    }

    /** The round's two schools (the principal's first), its year, county and grade. */
    private record Setting(SchoolYear first, SchoolYear second, String grade) {
        int year() {
            return first.year();
        }

        String county() {
            return first.county().code().value();
        }

        String seats() {
            return "year,county_code,school_code,entry_grade,seats\n"
                    + year() + "," + county() + "," + first.code().value() + "," + grade + ",1\n"
                    + year() + "," + county() + "," + second.code().value() + "," + grade + ",1\n";
        }

        String zones() {
            return "year,county_code,entry_grade,zone_id,school_code\n"
                    + year() + "," + county() + "," + grade + ",Z1,"
                    + first.code().value() + "\n"
                    + year() + "," + county() + "," + grade + ",Z1,"
                    + second.code().value() + "\n";
        }

        String applicants(String thirdChoice) {
            String choices = first.code().value() + ";" + second.code().value();
            StringBuilder text = new StringBuilder(
                    "year,county_code,entry_grade,applicant_id,hukou_zone,home_zone,home_owned,residence_permit,migrant,"
                            + "special_priority,choices\n");
            for (String id : List.of("A1", "A2", "A3")) {
                text.append(year() + "," + county() + "," + grade + "," + id + ",Z1,Z1,true,false,false,,"
                        + (id.equals("A3") ? thirdChoice : choices) + "\n");
            }
            return text.toString();
        }
    }

    private Setting setting() {
        var principalSchool = accounts.find("principal").orElseThrow().school();
        int year = schoolYears.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        SchoolYear first = schoolYears.ofYear(year).stream()
                .filter(s -> s.code().equals(principalSchool))
                .findFirst()
                .orElseThrow();
        assertThat(first.ownership()).isNotEqualTo(Ownership.PRIVATE);
        boolean primary = first.primary().hasStudents();
        SchoolYear second = schoolYears.ofYear(year, first.county().code()).stream()
                .filter(s -> !s.code().equals(first.code()) && s.ownership() != Ownership.PRIVATE)
                .filter(s -> primary ? s.primary().hasStudents() : s.junior().hasStudents())
                .findFirst()
                .orElseThrow();
        return new Setting(first, second, primary ? "G1" : "G7");
    }

    @Test
    void aRoundGoesFromUploadToPublishedAndEveryoneSeesWhatTheirRoleMay() throws Exception {
        Setting s = setting();
        String choices = s.first().code().value() + ";" + s.second().code().value();
        HttpResponse<String> created = create("planner", s, s.applicants(choices), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode round = Api.json(created);
        long id = round.get("id").asLong();
        String path = "/api/v1/enrolment-rounds/" + id;
        assertThat(round.get("status").asString()).isEqualTo("DRAFT");
        assertThat(round.get("kind").asString()).as("a request naming no kind").isEqualTo("ADMISSION");
        assertThat(names(round, "fileName"))
                .containsExactly("schools.csv", "seats.csv", "zones.csv", "applicants.csv", "national");

        assertThat(api.post(path + "/draw", "planner", "{\"publicValue\": \"" + VALUE + "\"}")
                        .statusCode())
                .as("a draw before the commit")
                .isEqualTo(409);
        assertThat(api.post(path + "/commit", "inspector", "").statusCode()).isEqualTo(403);
        assertThat(api.get(path, "principal").statusCode())
                .as("not published yet")
                .isEqualTo(404);

        assertThat(api.post(path + "/approve", "planner", "").statusCode())
                .as("approved only once drawn")
                .isEqualTo(409);
        JsonNode committed = Api.json(api.post(path + "/commit", "planner", ""));
        assertThat(committed.get("status").asString()).isEqualTo("COMMITTED");
        assertThat(api.post(path + "/commit", "planner", "").statusCode()).isEqualTo(409);
        assertThat(api.post(path + "/publish", "planner", "").statusCode())
                .as("published only after the draw")
                .isEqualTo(409);
        // The commit by hand: the schools file's hash as stored (the platform wrote that file), the others hashed here.
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("schools", committed.get("files").get(0).get("sha256").asString());
        hashes.put("seats", sha256(s.seats()));
        hashes.put("zones", sha256(s.zones()));
        hashes.put("applicants", sha256(s.applicants(choices)));
        hashes.put("policy", hex(sha(national())));
        assertThat(names(committed, "sha256")).containsExactlyElementsOf(hashes.values());
        StringBuilder commitText = new StringBuilder("edubalance-lottery-v1\n");
        hashes.forEach(
                (name, hash) -> commitText.append(name).append('=').append(hash).append('\n'));
        String commit = sha256(commitText.toString());
        assertThat(committed.get("commit").asString()).isEqualTo(commit);

        assertThat(api.post(path + "/draw", "planner", "{\"publicValue\": \"\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> drawn = api.post(path + "/draw", "planner", "{\"publicValue\": \"" + VALUE + "\"}");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(202);
        byte[] seed = sha((commit + "\n" + VALUE).getBytes(StandardCharsets.UTF_8));
        assertThat(Api.json(drawn).get("seed").asString()).isEqualTo(hex(seed));

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> Api.json(api.get(path, "inspector"))
                                .get("jobStatus")
                                .asString(""),
                        "DONE"::equals);
        JsonNode result = Api.json(api.get(path + "/result", "inspector"));
        List<String> byNumber = new ArrayList<>(List.of("A1", "A2", "A3"));
        byNumber.sort(Comparator.comparing(a -> number(seed, a)));
        Map<String, String> expected = Map.of(
                byNumber.get(0), s.first().code().value(),
                byNumber.get(1), s.second().code().value(),
                byNumber.get(2), "null");
        for (JsonNode a : result.get("assignments")) {
            String applicant = a.get("applicantId").asString();
            assertThat(a.get("school").isNull() ? "null" : a.get("school").asString())
                    .as(applicant)
                    .isEqualTo(expected.get(applicant));
            assertThat(a.get("lotteryNumber").asString()).isEqualTo(number(seed, applicant));
        }
        assertThat(result.get("summary").get("unplaced").asInt()).isEqualTo(1);

        assertThat(api.post(path + "/publish", "admin", "").statusCode())
                .as("published only once approved")
                .isEqualTo(409);
        assertThat(api.post(path + "/approve", "inspector", "").statusCode()).isEqualTo(403);
        HttpResponse<String> approved = api.post(path + "/approve", "planner", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Api.json(approved).get("status").asString()).isEqualTo("APPROVED");
        assertThat(Api.json(approved).get("approvedBy").asString()).isEqualTo("planner");
        assertThat(api.post(path + "/approve", "planner", "").statusCode())
                .as("approved once")
                .isEqualTo(409);
        assertThat(new Api(port).anonymous("/public/draws/" + id).statusCode())
                .as("approved, not published")
                .isEqualTo(404);
        HttpResponse<String> published = api.post(path + "/publish", "admin", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Api.json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api.post(path + "/publish", "admin", "").statusCode()).isEqualTo(409);

        publicPageShows(id, s, commit, hex(seed), expected, result);

        JsonNode own = Api.json(api.get(path + "/result", "principal"));
        assertThat(own.get("assignments")).hasSize(1);
        assertThat(own.get("assignments").get(0).get("applicantId").asString()).isEqualTo(byNumber.get(0));
        assertThat(own.get("schools")).hasSize(1);

        JsonNode audit = Api.json(api.get("/api/v1/audit?entity=enrolment-round&key=" + id, "admin"));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactlyInAnyOrder("CREATE", "COMMIT", "DRAW", "APPROVE", "PUBLISH");
    }

    /** The public page, without sign-in: the figures, each file as uploaded, every child, both commands; zh and en. */
    private void publicPageShows(
            long id, Setting s, String commit, String seed, Map<String, String> expected, JsonNode result) {
        Api anyone = new Api(port);
        String page = "/public/draws/" + id;
        HttpResponse<String> en = anyone.anonymous(page + "?lang=en");
        assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
        assertThat(en.body())
                .contains(commit, seed, VALUE, "Admission draw " + id, "How to check it")
                // A year is a label, not a quantity: no digit grouping ("school year 2,025" was seen).
                .contains("school year " + s.year() + ",")
                .contains("edubalance lottery verify --result result.json --schools schools.csv --seats seats.csv"
                        + " --zones zones.csv --applicants applicants.csv --policy national --year " + s.year()
                        + " --county " + s.county() + " --entry-grade " + s.grade())
                .contains("python3 verifier/edubalance_verify.py verify --result result.json --schools schools.csv");
        for (JsonNode a : result.get("assignments")) {
            assertThat(en.body()).contains(a.get("lotteryNumber").asString());
        }
        expected.values().stream()
                .filter(school -> !school.equals("null"))
                .forEach(school -> assertThat(en.body()).contains(school));
        assertThat(anyone.anonymous(page + "?lang=zh").body()).contains("入学派位 " + id, "如何复核");
        assertThat(anyone.anonymous("/public/draws?lang=en").body()).contains(page);
        String choices = s.first().code().value() + ";" + s.second().code().value();
        assertThat(anyone.anonymous(page + "/files/applicants").body()).isEqualTo(s.applicants(choices));
        assertThat(anyone.anonymous(page + "/files/seats").body()).isEqualTo(s.seats());
        assertThat(anyone.anonymous(page + "/files/policy").body())
                .isEqualTo(new String(national(), StandardCharsets.UTF_8));
        String published = anyone.anonymous(page + "/result.json").body();
        assertThat(Api.json(anyone.anonymous(page + "/result.json"))).isEqualTo(result);
        assertThat(published)
                .isEqualTo(api.get("/api/v1/enrolment-rounds/" + id + "/result", "planner")
                        .body());
        assertThat(anyone.anonymous(page + "/files/nothing").statusCode()).isEqualTo(404);
        theDownloadsVerify(anyone, page, s);
    }

    /**
     * The repository's Python verifier, run as the page says in a folder holding the downloads, recomputes the draw
     * (exit 0); with one placement changed in the result it names the child (exit 1).
     */
    private static void theDownloadsVerify(Api anyone, String page, Setting s) {
        try {
            Path dir = Files.createTempDirectory("public-draw");
            for (String name : List.of("schools", "seats", "zones", "applicants")) {
                Files.writeString(
                        dir.resolve(name + ".csv"),
                        anyone.anonymous(page + "/files/" + name).body());
            }
            String result = anyone.anonymous(page + "/result.json").body();
            Files.writeString(dir.resolve("result.json"), result);
            List<String> args = List.of(
                    "verify",
                    "--result",
                    "result.json",
                    "--schools",
                    "schools.csv",
                    "--seats",
                    "seats.csv",
                    "--zones",
                    "zones.csv",
                    "--applicants",
                    "applicants.csv",
                    "--policy",
                    "national",
                    "--year",
                    Integer.toString(s.year()),
                    "--county",
                    s.county(),
                    "--entry-grade",
                    s.grade());
            assertThat(python(dir, args)).isZero();
            String changed = result.replaceFirst(
                    "\"school\":\\s*\"" + s.first().code().value() + "\"",
                    "\"school\": \"" + s.second().code().value() + "\"");
            assertThat(changed).isNotEqualTo(result);
            Files.writeString(dir.resolve("result.json"), changed);
            assertThat(python(dir, args)).as("a placement changed").isEqualTo(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int python(Path dir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", verifier().toString()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            System.err.println("verifier: " + output);
        }
        return process.exitValue();
    }

    /** verifier/edubalance_verify.py, walking up from the module's working directory. */
    private static Path verifier() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("verifier/edubalance_verify.py"))) {
                return dir.resolve("verifier/edubalance_verify.py");
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aRoundNotPublishedHasNoPublicPageAndItsValueIsEscapedOnceItIs() {
        Setting s = setting();
        String choices = s.first().code().value() + ";" + s.second().code().value();
        long id = Api.json(create("planner", s, s.applicants(choices), null))
                .get("id")
                .asLong();
        Api anyone = new Api(port);
        assertThat(anyone.anonymous("/public/draws/" + id).statusCode()).isEqualTo(404);
        assertThat(anyone.anonymous("/public/draws/" + id + "/files/applicants").statusCode())
                .isEqualTo(404);
        assertThat(anyone.anonymous("/public/draws/" + (id + 1000)).statusCode())
                .isEqualTo(404);
        String path = "/api/v1/enrolment-rounds/" + id;
        api.post(path + "/commit", "planner", "");
        String value = "<script>alert(1)</script>";
        assertThat(api.post(path + "/draw", "planner", "{\"publicValue\": \"" + value + "\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(anyone.anonymous("/public/draws/" + id).statusCode())
                .as("drawn, not published")
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.json(api.get(path, "planner")).get("jobStatus").asString(""), "DONE"::equals);
        assertThat(api.post(path + "/approve", "admin", "").statusCode()).isEqualTo(200);
        assertThat(anyone.anonymous("/public/draws/" + id).statusCode())
                .as("approved, not published")
                .isEqualTo(404);
        assertThat(api.post(path + "/publish", "planner", "").statusCode()).isEqualTo(200);
        String page = anyone.anonymous("/public/draws/" + id).body();
        assertThat(page).doesNotContain(value).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aFileBreakingARuleIsALocatedBadRequestAndNothingIsStored() {
        Setting s = setting();
        long before = rounds();
        HttpResponse<String> refused = create("planner", s, s.applicants("9999999999"), null);
        HttpResponse<String> badPolicy =
                create("planner", s, s.applicants("9999999999"), "extends: national\ntieBreak: COIN\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode issue = Api.json(refused).get("issues").get(0);
        assertThat(issue.get("file").asString()).isEqualTo("applicants.csv");
        assertThat(issue.get("row").asLong()).isEqualTo(4);
        assertThat(issue.get("value").asString()).contains("9999999999");
        assertThat(issue.get("code").asString()).startsWith("IMP-");
        assertThat(badPolicy.statusCode()).as(badPolicy.body()).isEqualTo(400);
        assertThat(Api.json(badPolicy).get("message").asString()).contains("tieBreak");
        assertThat(rounds()).isEqualTo(before);
    }

    @Test
    void anotherSitesPageCannotCreateARound() {
        Setting s = setting();
        HttpResponse<String> refused =
                send(multipart("planner", s, s.applicants(s.first().code().value()), null)
                        .header("Origin", "https://attacker.example")
                        .build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(create("inspector", s, s.applicants(s.first().code().value()), null)
                        .statusCode())
                .isEqualTo(403);
    }

    private long rounds() {
        return JdbcClient.create(dataSource)
                .sql("select count(*) from enrolment_round")
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> create(String user, Setting s, String applicants, String policy) {
        return send(multipart(user, s, applicants, policy).build());
    }

    private HttpRequest.Builder multipart(String user, Setting s, String applicants, String policy) {
        String boundary = "----round" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields =
                Map.of("county", s.county(), "year", Integer.toString(s.year()), "entryGrade", s.grade());
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("seats", s.seats());
        files.put("zones", s.zones());
        files.put("applicants", applicants);
        if (policy != null) {
            files.put("policy", policy);
        }
        files.forEach((name, text) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + name + "\"; filename=\"" + name + (name.equals("policy") ? ".yaml" : ".csv")
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(api.uri("/api/v1/enrolment-rounds"))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static List<String> names(JsonNode round, String field) {
        List<String> names = new ArrayList<>();
        round.get("files").forEach(f -> names.add(f.get(field).asString()));
        return names;
    }

    private static byte[] national() {
        try (var in = org.edubalance.dataimport.policy.AdmissionPolicyReader.class.getResourceAsStream(
                "admission/national.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
