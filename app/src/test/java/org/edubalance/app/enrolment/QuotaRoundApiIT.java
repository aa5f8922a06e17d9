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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.account.AccountService;
import org.edubalance.app.account.UserRequest;
import org.edubalance.core.account.Role;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.dataimport.quota.CandidateImporter;
import org.edubalance.dataimport.quota.HighSchoolImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResultJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * An entrance-exam (quota) round through the API on the demo city (docs/planning/rounds.md, docs/planning/quota.md):
 * two junior highs J1 and J2 of one county (demo schools with the junior segment), a key high school H1 with 4 seats
 * and quota share 0.5 and an ordinary one H2 with 2 seats and no quota, six candidates. The outcome is derived by hand:
 * Q(H1) = ⌊0.5 × 4 + ½⌋ = 2; J1 and J2 have three candidates each, so Webster gives each one seat whatever the quota
 * lottery decides between them for the first. Quota batch: J1's best who asked for H1 is C1 (620); J2's are C4 and
 * C5, both 580 without tie scores, so the lower candidate lottery number takes the seat. General batch, 2 seats at H1:
 * C2 (600) and the other of C4/C5 (580) take them, C3 (500) gets H2, C6 (400, only H1) is not admitted.
 */
@PlatformTest
class QuotaRoundApiIT {
    private static final String VALUE = "SSE close 2027-06-30 3421.07";
    private static final Set<SchoolType> JUNIOR_SEGMENT =
            Set.of(SchoolType.JUNIOR, SchoolType.NINE_YEAR, SchoolType.TWELVE_YEAR, SchoolType.COMPLETE_SECONDARY);

    private final Api api;
    private final int port;
    private final SchoolYears schoolYears;
    private final AccountService accounts;

    @Autowired
    QuotaRoundApiIT(@Value("${local.server.port}") int port, SchoolYears schoolYears, AccountService accounts) {
        this.api = new Api(port);
        this.port = port;
        this.schoolYears = schoolYears;
        this.accounts = accounts;
    }

    /** The county, the exam year and its two junior highs. */
    private record Setting(String area, int year, String j1, String j2) {
        String highSchools() {
            return "year,area_code,school_code,school_name,seats,quota_share,quota_min_score,tier\n"
                    + year + "," + area + ",H1,第一高级中学,4,0.5,,KEY\n"
                    + year + "," + area + ",H2,第二高级中学,2,0,,ORDINARY\n";
        }

        String candidates() {
            String head = year + "," + area + ",";
            return "year,area_code,candidate_id,junior_school,score,tie1,tie2,tie3,quota_choice,choices\n"
                    + head + "C1," + j1 + ",620,,,,H1,H1;H2\n"
                    + head + "C2," + j1 + ",600,,,,H1,H1;H2\n"
                    + head + "C3," + j1 + ",500,,,,,H2\n"
                    + head + "C4," + j2 + ",580,,,,H1,H1;H2\n"
                    + head + "C5," + j2 + ",580,,,,H1,H1;H2\n"
                    + head + "C6," + j2 + ",400,,,,,H1\n";
        }
    }

    private Setting setting() {
        int year = schoolYears.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<SchoolYear>> juniors = schoolYears.ofYear(year).stream()
                .filter(s -> JUNIOR_SEGMENT.contains(s.type()) && s.junior().hasStudents())
                .filter(s -> s.ownership() != Ownership.PRIVATE)
                .collect(Collectors.groupingBy(s -> s.county().code().value()));
        var county = juniors.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .min(Map.Entry.comparingByKey())
                .orElseThrow();
        return new Setting(
                county.getKey(),
                year,
                county.getValue().get(0).code().value(),
                county.getValue().get(1).code().value());
    }

    @Test
    void aQuotaRoundGoesFromUploadToItsPublicPageAndEqualsTheCommandsResult() throws Exception {
        Setting s = setting();
        HttpResponse<String> created = create("planner", s);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode round = Api.json(created);
        long id = round.get("id").asLong();
        String path = "/api/v1/enrolment-rounds/" + id;
        assertThat(round.get("kind").asString()).isEqualTo("QUOTA");
        assertThat(round.get("areaCode").asString()).isEqualTo(s.area());
        assertThat(round.get("entryGrade").isNull()).isTrue();
        assertThat(names(round, "name")).containsExactly("schools", "high_schools", "candidates", "policy");
        assertThat(names(round, "fileName"))
                .containsExactly("schools.csv", "high_schools.csv", "candidates.csv", "national");

        JsonNode committed = Api.json(api.post(path + "/commit", "planner", ""));
        // The commit by hand, in the order of `lottery commit --kind quota` (docs/planning/lottery.md).
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("schools", committed.get("files").get(0).get("sha256").asString());
        hashes.put("high_schools", sha256(s.highSchools()));
        hashes.put("candidates", sha256(s.candidates()));
        hashes.put("policy", hex(sha(QuotaPolicyReader.bytes("national"))));
        assertThat(names(committed, "sha256")).containsExactlyElementsOf(hashes.values());
        StringBuilder commitText = new StringBuilder("edubalance-lottery-v1\n");
        hashes.forEach(
                (name, hash) -> commitText.append(name).append('=').append(hash).append('\n'));
        String commit = sha256(commitText.toString());
        assertThat(committed.get("commit").asString()).isEqualTo(commit);

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
        String quotaWinner = number(seed, "C4").compareTo(number(seed, "C5")) < 0 ? "C4" : "C5";
        String generalOne = quotaWinner.equals("C4") ? "C5" : "C4";
        Map<String, String> expected = new HashMap<>();
        expected.put("C1", "H1 QUOTA");
        expected.put("C2", "H1 GENERAL");
        expected.put("C3", "H2 GENERAL");
        expected.put(quotaWinner, "H1 QUOTA");
        expected.put(generalOne, "H1 GENERAL");
        expected.put("C6", "null null");
        List<String> ids = new ArrayList<>();
        for (JsonNode a : result.get("admissions")) {
            String candidate = a.get("candidateId").asString();
            ids.add(candidate);
            assertThat(text(a.get("school")) + " " + text(a.get("batch")))
                    .as(candidate)
                    .isEqualTo(expected.get(candidate));
            assertThat(a.get("lotteryNumber").asString()).isEqualTo(number(seed, candidate));
        }
        assertThat(ids).containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
        JsonNode h1 = result.get("apportionment").get(0);
        assertThat(result.get("apportionment")).hasSize(1);
        assertThat(h1.get("highSchool").asString()).isEqualTo("H1");
        assertThat(h1.get("quotaSeats").asInt()).isEqualTo(2);
        assertThat(h1.get("allocations")).hasSize(2);
        for (JsonNode allocation : h1.get("allocations")) {
            assertThat(allocation.get("candidates").asInt()).isEqualTo(3);
            assertThat(allocation.get("seats").asInt()).isEqualTo(1);
        }

        assertThat(api.post(path + "/publish", "planner", "").statusCode())
                .as("published only once approved")
                .isEqualTo(409);
        assertThat(api.post(path + "/approve", "inspector", "").statusCode()).isEqualTo(403);
        JsonNode approved = Api.json(api.post(path + "/approve", "admin", ""));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("admin");
        Api anyone = new Api(port);
        assertThat(anyone.anonymous("/public/draws/" + id).statusCode())
                .as("approved, not published")
                .isEqualTo(404);
        HttpResponse<String> published = api.post(path + "/publish", "planner", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Api.json(published).get("status").asString()).isEqualTo("PUBLISHED");

        Path downloads = downloads(anyone, id);
        assertThat(Files.readString(downloads.resolve("result.json")))
                .as("the published bytes are what the command writes for the same files and public value")
                .isEqualTo(commandDocument(downloads, s));
        publicPageShows(anyone, id, s, commit, hex(seed), result);
        assertThat(python(downloads, verifyArguments(s))).isZero();

        principalSeesOwnJuniorHighOnly(path, s);
        JsonNode audit = Api.json(api.get("/api/v1/audit?entity=enrolment-round&key=" + id, "admin"));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactlyInAnyOrder("CREATE", "COMMIT", "DRAW", "APPROVE", "PUBLISH");
    }

    @Test
    void aQuotaRoundsAreaIsACountyOrACityWithItsCandidates() {
        Setting s = setting();
        String city = new RegionCode(s.area()).cityCode();
        HttpResponse<String> ofCity = create("planner", new Setting(city, s.year(), s.j1(), s.j2()));
        assertThat(ofCity.statusCode()).as(ofCity.body()).isEqualTo(201);
        assertThat(Api.json(ofCity).get("areaCode").asString()).isEqualTo(city);
        long cityRound = Api.json(ofCity).get("id").asLong();
        assertThat(Api.json(api.get("/api/v1/enrolment-rounds/" + cityRound, "inspector"))
                        .get("kind")
                        .asString())
                .isEqualTo("QUOTA");

        Setting elsewhere = new Setting(s.area(), s.year() + 50, s.j1(), s.j2());
        HttpResponse<String> otherYear = send(multipart("planner", s.area(), s.year(), elsewhere));
        assertThat(otherYear.statusCode()).as(otherYear.body()).isEqualTo(400);
        String province = new RegionCode(s.area()).provinceCode();
        HttpResponse<String> ofProvince =
                send(multipart("planner", province, s.year(), new Setting(province, s.year(), s.j1(), s.j2())));
        assertThat(ofProvince.statusCode()).as(ofProvince.body()).isEqualTo(400);
        assertThat(Api.json(ofProvince).get("message").asString()).contains(province);
        assertThat(create("inspector", s).statusCode()).isEqualTo(403);
    }

    /** A principal of J1 (an account made here): their junior high's lines and candidates only, nothing of J2. */
    private void principalSeesOwnJuniorHighOnly(String path, Setting s) {
        String user = "quota-principal-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new UserRequest(user, Api.PASSWORD, Role.PRINCIPAL, s.j1()), "admin");
        JsonNode own = Api.json(api.get(path + "/result", user));
        List<String> candidates = new ArrayList<>();
        own.get("admissions").forEach(a -> candidates.add(a.get("candidateId").asString()));
        assertThat(candidates).containsExactly("C1", "C2", "C3");
        assertThat(own.get("apportionment")).hasSize(1);
        JsonNode lines = own.get("apportionment").get(0).get("allocations");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("juniorSchool").asString()).isEqualTo(s.j1());
        assertThat(own.get("apportionment").get(0).has("quotaSeats")).isFalse();
        List<String> cutoffJuniors = new ArrayList<>();
        own.get("cutoffs").forEach(c -> cutoffJuniors.add(text(c.get("juniorSchool"))));
        assertThat(cutoffJuniors).containsExactly(s.j1());
        assertThat(own.get("equity")).hasSize(1);
        assertThat(own.get("equity").get(0).get("juniorSchool").asString()).isEqualTo(s.j1());
        assertThat(own.has("equitySummary")).isFalse();
        assertThat(own.toString()).doesNotContain(s.j2());
    }

    /** The public page, without sign-in, in English and Chinese. */
    private void publicPageShows(Api anyone, long id, Setting s, String commit, String seed, JsonNode result) {
        String page = "/public/draws/" + id;
        HttpResponse<String> en = anyone.anonymous(page + "?lang=en");
        assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
        assertThat(en.body())
                .contains(commit, seed, VALUE, "Entrance-exam draw " + id, "How to check it", "Cut-offs", "620")
                .contains("edubalance lottery verify --kind quota --result result.json --schools schools.csv"
                        + " --high-schools high_schools.csv --candidates candidates.csv --policy national --year "
                        + s.year() + " --area " + s.area())
                .contains("python3 verifier/edubalance_verify.py verify --result result.json --schools schools.csv"
                        + " --high-schools high_schools.csv --candidates candidates.csv --policy national --year "
                        + s.year() + " --area " + s.area())
                .contains(s.j1(), s.j2(), "not admitted")
                .contains(page + "/files/high_schools", page + "/files/candidates", page + "/result.json");
        for (JsonNode a : result.get("admissions")) {
            assertThat(en.body())
                    .contains(
                            a.get("candidateId").asString(),
                            a.get("lotteryNumber").asString());
        }
        assertThat(anyone.anonymous(page + "?lang=zh").body()).contains("中考录取抽签 " + id, "如何复核", "指标到校");
        assertThat(anyone.anonymous("/public/draws?lang=en").body()).contains(page, "entrance exam");
        assertThat(anyone.anonymous(page + "/files/candidates").body()).isEqualTo(s.candidates());
        assertThat(anyone.anonymous(page + "/files/high_schools").body()).isEqualTo(s.highSchools());
        assertThat(anyone.anonymous(page + "/files/policy").body())
                .isEqualTo(new String(QuotaPolicyReader.bytes("national"), StandardCharsets.UTF_8));
    }

    /** The page's downloads in a folder of their own, under the names the page's commands use. */
    private static Path downloads(Api anyone, long id) throws IOException {
        Path dir = Files.createTempDirectory("public-quota-draw");
        String page = "/public/draws/" + id;
        for (String name : List.of("schools", "high_schools", "candidates")) {
            Files.writeString(
                    dir.resolve(name + ".csv"),
                    anyone.anonymous(page + "/files/" + name).body());
        }
        Files.writeString(
                dir.resolve("result.json"),
                anyone.anonymous(page + "/result.json").body());
        return dir;
    }

    /**
     * What {@code edubalance plan quota --year Y --area A --out result.json} writes for the downloads: the same
     * importers, the selection of the year and area, the planner and the document writer.
     */
    private static String commandDocument(Path dir, Setting s) {
        Path schools = dir.resolve("schools.csv");
        Path highSchools = dir.resolve("high_schools.csv");
        Path candidatesFile = dir.resolve("candidates.csv");
        List<SchoolYear> schoolRows = new SchoolImporter().importFile(schools).schools();
        List<HighSchool> highs =
                new HighSchoolImporter().importFile(highSchools).highSchools();
        var imported = new CandidateImporter().importFile(candidatesFile, highs, schoolRows);
        List<Candidate> selected = imported.candidates().stream()
                .filter(c -> c.year() == s.year() && c.areaCode().equals(s.area()))
                .toList();
        Map<String, Location> locations = new HashMap<>();
        selected.forEach(c -> locations.put(c.juniorSchool(), imported.juniorLocation(s.year(), c.juniorSchool())));
        QuotaRound round = new QuotaRound(
                s.year(),
                s.area(),
                highs.stream()
                        .filter(h -> h.year() == s.year() && h.areaCode().equals(s.area()))
                        .toList(),
                selected,
                locations);
        List<LotteryInput> inputs = List.of(
                LotteryInput.of("schools", bytes(schools)),
                LotteryInput.of("high_schools", bytes(highSchools)),
                LotteryInput.of("candidates", bytes(candidatesFile)),
                LotteryInput.of("policy", QuotaPolicyReader.bytes("national")));
        var result = QuotaPlanner.plan(round, QuotaPolicyReader.load("national"), inputs, VALUE);
        var out = new ByteArrayOutputStream();
        QuotaResultJson.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> verifyArguments(Setting s) {
        return List.of(
                "verify",
                "--result",
                "result.json",
                "--schools",
                "schools.csv",
                "--high-schools",
                "high_schools.csv",
                "--candidates",
                "candidates.csv",
                "--policy",
                "national",
                "--year",
                Integer.toString(s.year()),
                "--area",
                s.area());
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

    private static Path verifier() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("verifier/edubalance_verify.py"))) {
                return dir.resolve("verifier/edubalance_verify.py");
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }

    private HttpResponse<String> create(String user, Setting s) {
        return send(multipart(user, s.area(), s.year(), s));
    }

    private HttpRequest multipart(String user, String area, int year, Setting files) {
        String boundary = "----round" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("kind", "QUOTA", "area", area, "year", Integer.toString(year));
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        Map<String, String> uploads = new LinkedHashMap<>();
        uploads.put("high_schools", files.highSchools());
        uploads.put("candidates", files.candidates());
        uploads.forEach((name, text) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + name + "\"; filename=\"" + name + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(api.uri("/api/v1/enrolment-rounds"))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static List<String> names(JsonNode round, String field) {
        List<String> names = new ArrayList<>();
        round.get("files").forEach(f -> names.add(f.get(field).asString()));
        return names;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
