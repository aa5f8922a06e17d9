package org.edubalance.cli.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quota kind of {@code lottery commit|verify} on the sample round (see QuotaPlanCommandTest for its admissions
 * worked by hand): the commit of the four files, and a published result verified, or its first difference named.
 */
class QuotaLotteryTest {
    private static final String PUBLIC_VALUE = "beacon round 4200117";

    @TempDir
    Path dir;

    private Path result;
    private String json;

    static Path sample(String name) {
        try {
            return Path.of(QuotaLotteryTest.class.getResource("/quota/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void publish() throws IOException {
        result = dir.resolve("result.json");
        CliRun run = CliRun.of(
                "plan",
                "quota",
                "--schools",
                sample("schools.csv").toString(),
                "--high-schools",
                sample("high_schools.csv").toString(),
                "--candidates",
                sample("candidates.csv").toString(),
                "--public-value",
                PUBLIC_VALUE,
                "--out",
                result.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        json = Files.readString(result);
    }

    @Test
    void theCommitHashesTheFourFilesInTheCommandsOrder() throws IOException {
        var commitment = QuotaLottery.commit(
                sample("schools.csv"), sample("high_schools.csv"), sample("candidates.csv"), "national");
        List<LotteryInput> expected = List.of(
                LotteryInput.of("schools", Files.readAllBytes(sample("schools.csv"))),
                LotteryInput.of("high_schools", Files.readAllBytes(sample("high_schools.csv"))),
                LotteryInput.of("candidates", Files.readAllBytes(sample("candidates.csv"))),
                LotteryInput.of("policy", QuotaPolicyReader.bytes("national")));
        assertThat(commitment.inputs()).isEqualTo(expected);
        assertThat(commitment.commit()).isEqualTo(LotteryV1.commit(expected));
        assertThat(commitment.text().lines().toList())
                .hasSize(5)
                .startsWith("schools=" + expected.getFirst().sha256())
                .endsWith("commit=" + commitment.commit());
        assertThat(json).contains("\"commit\":\"" + commitment.commit() + "\"");
    }

    @Test
    void thePublishedResultVerifies() {
        var run = verify(result, sample("candidates.csv"));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Reproduced:").contains("6 candidates");
    }

    @Test
    void aChangedAdmissionIsNamedByCandidateAndField() throws IOException {
        // C003 is admitted to H02 in the general batch; the forged result says H01.
        String forged = json.replaceFirst("(\"candidateId\":\"C003\",\"school\":\")H02(\")", "$1H01$2");
        assertThat(forged).isNotEqualTo(json);
        var run = verify(Files.writeString(dir.resolve("forged.json"), forged), sample("candidates.csv"));
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out().strip()).isEqualTo("C003: school H01 in the result, H02 recomputed");
    }

    @Test
    void aChangedLotteryNumberIsNamed() throws IOException {
        String number = LotteryV1.draw(
                        QuotaLottery.commit(
                                        sample("schools.csv"),
                                        sample("high_schools.csv"),
                                        sample("candidates.csv"),
                                        "national")
                                .commit(),
                        PUBLIC_VALUE)
                .number("C005");
        String forged = json.replace(number, "0".repeat(64));
        var run = verify(Files.writeString(dir.resolve("forged.json"), forged), sample("candidates.csv"));
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).startsWith("C005: lotteryNumber " + "0".repeat(64) + " in the result, " + number);
    }

    @Test
    void anEditedInputFileIsNamedByItsHash() throws IOException {
        // The same candidates with C006 one point higher: the file's hash no longer matches the published one.
        Path edited = Files.writeString(
                dir.resolve("candidates.csv"),
                Files.readString(sample("candidates.csv")).replace("C006,1301990008,540", "C006,1301990008,541"),
                StandardCharsets.UTF_8);
        var run = verify(result, edited);
        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).startsWith("input candidates: hash ");
    }

    @Test
    void aDocumentThatIsNotAQuotaResultIsBadInput() throws IOException {
        var broken =
                verify(Files.writeString(dir.resolve("broken.json"), "{\"kind\":\"quota\","), sample("candidates.csv"));
        assertThat(broken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).containsIgnoringCase("not JSON");
        var admission = verify(
                Files.writeString(
                        dir.resolve("admission.json"), json.replace("\"kind\":\"quota\"", "\"kind\":\"admission\"")),
                sample("candidates.csv"));
        assertThat(admission.code()).isEqualTo(ExitCodes.BAD_INPUT);
        var empty = verify(
                Files.writeString(dir.resolve("empty.json"), json.replace(PUBLIC_VALUE, "")), sample("candidates.csv"));
        assertThat(empty.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("public value is empty");
    }

    private record Run(int code, String out, String err) {}

    private static Run verify(Path result, Path candidates) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = QuotaLottery.verify(
                result,
                sample("schools.csv"),
                sample("high_schools.csv"),
                candidates,
                "national",
                null,
                null,
                new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
