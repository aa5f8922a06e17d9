package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan admission --explain} on the hand-built fixture verifier/tests/fixtures/admission-classes, whose
 * placements its README derives by hand: zones Z1 = {S1: 5 seats}, Z2 = {S2: 1}, Z3 = {S3: 2}; no positions, so the
 * coordination part goes by code; SINGLE tie-break. Lottery numbers as the fixture gives them (computed with openssl
 * outside the project): A05 729f…, A06 fd7b…; the last admitted: S1 RESIDENT 729f… (A05), S2 HUKOU 115e… (A09), S3
 * OUT_OF_ZONE a945… (A11).
 *
 * <p>A05 (home in Z1 with a residence permit) is RESIDENT at S1 and the fifth of its five seats: admitted at the first
 * school of its list. A06 (the same class, a higher number fd7b) loses S1 to A05, then S2 to A09 (HUKOU beats its
 * OUT_OF_ZONE) and S3 to A11 (OUT_OF_ZONE with the lower number a945): unplaced after the three schools of its list.
 */
class AdmissionExplainTest {
    private static final String A05 = "729f6d77a9a13b7dfcb1d9e35279ebe2b1a92cbd3de065a148f3f46a4bdb17f7";
    private static final String A06 = "fd7bb2457ae54174952062d86f2f2f68b7e109b3e34639623147949e26539f15";
    private static final String A09 = "115ec7851cf7954dde017ffc072c88bbad9c56bded21d90c10cf1b016a798d56";
    private static final String A11 = "a9459869deeb948cdec557e6a05b3362e57d50fa190eaa49d932643c800c0ed8";

    @TempDir
    Path dir;

    private static Path fixture() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path fixture = at.resolve("verifier/tests/fixtures/admission-classes");
            if (Files.isDirectory(fixture)) {
                return fixture;
            }
        }
        throw new IllegalStateException(
                "no verifier/tests/fixtures above " + Path.of("").toAbsolutePath());
    }

    private static CliRun plan(String... more) throws IOException {
        Path f = fixture();
        List<String> args = new ArrayList<>(List.of(
                "plan",
                "admission",
                "--schools",
                f.resolve("schools.csv").toString(),
                "--seats",
                f.resolve("seats.csv").toString(),
                "--zones",
                f.resolve("zones.csv").toString(),
                "--applicants",
                f.resolve("applicants.csv").toString(),
                "--policy",
                f.resolve("policy.yaml").toString(),
                "--public-value",
                Files.readString(f.resolve("public-value.txt"), StandardCharsets.UTF_8)));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void explainsAPlacedAndAnUnplacedChildInEnglish() throws IOException {
        CliRun run = plan("--explain", "A06", "--explain", "A05");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String resident = "residence permit, home in the zone";
        assertThat(run.out())
                .contains(String.join(
                        "\n",
                        "Applicant A06:",
                        "  Unplaced: every school on the list filled with children ranked higher; the bureau places"
                                + " the child by hand.",
                        "  1. S1 — class: " + resident + ", lottery number " + A06 + "; last admitted: " + resident
                                + ", " + A05 + " → ranked below the last admitted",
                        "  2. S2 — class: out of zone, lottery number " + A06 + "; last admitted: hukou in the zone, "
                                + A09 + " → ranked below the last admitted",
                        "  3. S3 — class: out of zone, lottery number " + A06 + "; last admitted: out of zone, " + A11
                                + " → ranked below the last admitted",
                        "Applicant A05:",
                        "  Placed at the first school of the list.",
                        "  1. S1 — class: " + resident + ", lottery number " + A05 + "; last admitted: " + resident
                                + ", " + A05 + " → admitted"));
        // The explanations come after the round's summary, in the order asked for.
        assertThat(run.out().indexOf("Applicant A06:")).isGreaterThan(run.out().indexOf("Applicants 11:"));
    }

    @Test
    void explainsInChinese() throws IOException {
        CliRun run = plan("--explain", "A06", "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains(String.join(
                        "\n",
                        "报名儿童 A06：",
                        "  未录取：序列中的每所学校都已被排序更靠前的儿童录满，由教育局人工统筹安排。",
                        "  1. S1——类别：持居住证且居住在学区，摇号号码 " + A06 + "；最后录取者：持居住证且居住在学区，" + A05 + " → 排在最后录取者之后",
                        "  2. S2——类别：学区外统筹，摇号号码 " + A06 + "；最后录取者：户籍在学区，" + A09 + " → 排在最后录取者之后"));
    }

    @Test
    void anUnknownApplicantIsBadInputAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("result.json");
        CliRun run = plan("--explain", "A05", "--explain", "A99", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--explain A99");
        assertThat(run.out()).doesNotContain("Applicant A05:");
        assertThat(out).doesNotExist();
    }
}
