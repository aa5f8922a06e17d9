package org.edubalance.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.county.CountyInputsCsvWriter;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance demo}: synthetic data in the public formats (docs/data-formats.md §3), deterministic per seed. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Writes synthetic demo data in the public file formats.",
            "Writes schools.csv, county-inputs.csv and, below nation scale, the teacher roster teachers.csv of the"
                    + " last year (docs/data-formats.md §3). The data are invented, anchored on published national"
                    + " figures, and labelled synthetic.",
            "生成演示用合成数据（schools.csv、county-inputs.csv 及教师名册 teachers.csv）。"
        },
        footer = {"", "Example:", "  edubalance demo --out demo --scale city --seed 7"})
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Directory to write into (created if needed).")
    private Path out;

    @Option(
            names = "--scale",
            defaultValue = "COUNTY",
            description =
                    "county (≈60 schools), city (≈8 counties), province (≈120 counties), nation (≈2,900 counties, ≈200,000 schools). Default: ${DEFAULT-VALUE}.")
    private DemoScale scale;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed; the same seed gives the same data. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--year", defaultValue = "2025", description = "The (last) school year. Default: ${DEFAULT-VALUE}.")
    private int year;

    @Option(
            names = "--years",
            defaultValue = "1",
            description = "How many consecutive school years, ending at --year. Default: ${DEFAULT-VALUE}.")
    private int years;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: zh or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        DemoData demo = new DemoDataGenerator(seed).generate(scale, year - years + 1, years);
        Files.createDirectories(out);
        new SchoolCsvWriter().write(demo.schools(), out.resolve("schools.csv"));
        new CountyInputsCsvWriter().write(demo.countyInputs(), out.resolve("county-inputs.csv"));
        if (scale != DemoScale.NATION) {
            // The roster of the last year, teacher by teacher, counting exactly to the school rows (≈ 35 a school;
            // at nation scale that would be about seven million rows, so it is left out there).
            List<SchoolYear> lastYear =
                    demo.schools().stream().filter(s -> s.year() == year).toList();
            new TeacherCsvWriter()
                    .write(new TeacherRosterGenerator(seed).roster(lastYear), out.resolve("teachers.csv"));
        }
        long counties =
                demo.schools().stream().map(s -> s.county().code()).distinct().count();
        spec.commandLine()
                .getOut()
                .println(lang.text("demo.written", demo.schools().size(), counties, out));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
