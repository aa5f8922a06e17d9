package org.edubalance.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImport;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheFilesAndTheReadmeCommandEvaluatesThem() {
        CliRun demo = CliRun.of("demo", "--out", dir.toString());
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("synthetic");
        assertThat(dir.resolve("schools.csv")).isRegularFile();
        assertThat(dir.resolve("county-inputs.csv")).isRegularFile();

        CliRun evaluate =
                CliRun.of("evaluate", "--data", dir.resolve("schools.csv").toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCodes.OK);
        assertThat(evaluate.out()).contains("Verdict:").contains("（演示）");
        assertThat(evaluate.err()).doesNotContain("IMP-0");
    }

    @Test
    void theDemoRosterImportsAgainstTheDemoSchoolsAndCountsToTheirFigures() {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--seed", "4").exitCode())
                .isZero();

        var schools =
                new SchoolImporter().importFile(dir.resolve("schools.csv")).schools();
        TeacherImport roster = new TeacherImporter().importFile(dir.resolve("teachers.csv"), schools);

        assertThat(roster.report().issues()).isEmpty();
        assertThat(roster.teachers())
                .hasSize(schools.stream()
                        .mapToInt(s -> s.primary().teachers() + s.junior().teachers())
                        .sum());
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedOtherFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertThat(CliRun.of("demo", "--out", a.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(CliRun.of("demo", "--out", b.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(CliRun.of("demo", "--out", c.toString(), "--seed", "8").exitCode())
                .isZero();
        assertThat(Files.readString(a.resolve("schools.csv"))).isEqualTo(Files.readString(b.resolve("schools.csv")));
        assertThat(Files.readString(a.resolve("schools.csv"))).isNotEqualTo(Files.readString(c.resolve("schools.csv")));
    }

    @Test
    void cityScaleEvaluatesEveryCountyAndSomeFail() {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--scale", "city").exitCode())
                .isZero();
        CliRun run = CliRun.of("evaluate", "--data", dir.resolve("schools.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("\\d+ counties: \\d+ met, [1-9]\\d* not met");
    }

    @Test
    void unknownScaleIsAUsageError() {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--scale", "galaxy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("galaxy");
    }
}
