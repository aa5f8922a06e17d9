package org.edubalance.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.demo.BlockGenerator;
import org.edubalance.core.demo.DemoBenchmark;
import org.edubalance.core.demo.DemoBlocks;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoEnrolment;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.EnrolmentGenerator;
import org.edubalance.core.demo.ExamGenerator;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.county.CountyInputsCsvWriter;
import org.edubalance.dataimport.demo.BlockFilesWriter;
import org.edubalance.dataimport.demo.EnrolmentCsvWriter;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance demo}: synthetic data in the public formats (docs/data-formats.md §3), deterministic per seed. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Writes synthetic demo data in the public file formats.",
            "Writes schools.csv, county-inputs.csv and, below nation scale, for the last year the teacher roster"
                    + " teachers.csv, the enrolment rounds of grades 1 and 7 of every county (seats.csv, zones.csv,"
                    + " applicants.csv) and the entrance-exam admission of every city (high_schools.csv,"
                    + " candidates.csv) (docs/data-formats.md §3), and the residential blocks of every county with"
                    + " a round for zoning (blocks.csv, block_zones.csv, adjacency.csv and blocks.geojson; with"
                    + " several counties adjacency-<county>.csv and blocks-<county>.geojson; seats.csv names each"
                    + " school's block) (docs/planning/zoning.md). The data are invented, anchored on published"
                    + " national figures, and labelled synthetic.",
            "With --benchmark, writes instead one admission area of a benchmark's size: schools.csv and its"
                    + " round's files.",
            "生成演示用合成数据（schools.csv、county-inputs.csv、教师名册 teachers.csv、招生入学 seats.csv、zones.csv、"
                    + "applicants.csv、学区划分用的小区地块 blocks.csv、block_zones.csv、adjacency.csv、blocks.geojson 及中考录取 high_schools.csv、candidates.csv）。"
        },
        footer = {
            "",
            "Examples:",
            "  edubalance demo --out demo --scale city --seed 7",
            "  edubalance demo --out bench-city --benchmark admission-city"
        })
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

    @Option(
            names = "--benchmark",
            paramLabel = "KIND",
            converter = BenchmarkName.class,
            description = "Instead of the demo region, one admission area of a benchmark's size (--scale and --years"
                    + " are ignored): admission-city (300 schools, 100,000 grade-1 applicants), admission-province"
                    + " (3,000 schools, 1,000,000 applicants), exam (500 junior highs, 60 high schools, 100,000"
                    + " candidates).")
    private @Nullable DemoBenchmark benchmark;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: zh or en.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (benchmark != null) {
            return writeBenchmark(benchmark);
        }
        DemoData demo = new DemoDataGenerator(seed).generate(scale, year - years + 1, years);
        Files.createDirectories(out);
        List<FileTask> files = new ArrayList<>();
        files.add(() -> new SchoolCsvWriter().write(demo.schools(), out.resolve("schools.csv")));
        files.add(() -> new CountyInputsCsvWriter().write(demo.countyInputs(), out.resolve("county-inputs.csv")));
        if (scale != DemoScale.NATION) {
            List<SchoolYear> lastYear =
                    demo.schools().stream().filter(s -> s.year() == year).toList();
            // The roster of the last year, teacher by teacher, counting exactly to the school rows (≈ 35 a school;
            // at nation scale that would be about seven million rows, so it is left out there).
            files.add(() -> new TeacherCsvWriter()
                    .write(new TeacherRosterGenerator(seed).roster(lastYear), out.resolve("teachers.csv")));
            // The rounds and the exam of the last year. At nation scale they would be about 35 million applicants
            // and 19 million candidates, so they are left out there; --benchmark gives the large instances.
            files.add(() -> {
                DemoEnrolment rounds =
                        new EnrolmentGenerator(seed).generate(lastYear, List.of(EntryGrade.G1, EntryGrade.G7));
                // The residential blocks of every county with a round, for zoning and the seat-demand forecast; the
                // seats file names the block each school stands in.
                DemoBlocks blocks = new BlockGenerator(seed).generate(lastYear, rounds);
                EnrolmentCsvWriter.write(rounds, blocks.schoolBlocks(), out);
                BlockFilesWriter.write(blocks, out);
            });
            files.add(() -> EnrolmentCsvWriter.write(new ExamGenerator(seed).generate(lastYear), out));
        }
        writeAtOnce(files);
        long counties =
                demo.schools().stream().map(s -> s.county().code()).distinct().count();
        spec.commandLine()
                .getOut()
                .println(lang.text("demo.written", demo.schools().size(), counties, out));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int writeBenchmark(DemoBenchmark chosen) throws IOException {
        DemoBenchmark.Instance instance = chosen.generate(seed, year);
        Files.createDirectories(out);
        new SchoolCsvWriter().write(instance.schools(), out.resolve("schools.csv"));
        if (chosen == DemoBenchmark.EXAM) {
            EnrolmentCsvWriter.write(instance.exam(), out);
        } else {
            EnrolmentCsvWriter.write(instance.enrolment(), out);
        }
        spec.commandLine()
                .getOut()
                .println(lang.text(
                        "demo.benchmark",
                        instance.schools().size(),
                        instance.enrolment().applicants().size(),
                        instance.exam().candidates().size(),
                        out));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** Writes one or more files. */
    @FunctionalInterface
    private interface FileTask {
        void write() throws IOException;
    }

    /**
     * Runs the file tasks side by side: each generates and writes its own files, so on two cores the enrolment and
     * exam files cost little more time than the teacher roster alone.
     */
    private static void writeAtOnce(List<FileTask> tasks) throws IOException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Void>> running = new ArrayList<>();
            for (FileTask task : tasks) {
                running.add(executor.submit(() -> {
                    task.write();
                    return null;
                }));
            }
            for (Future<Void> file : running) {
                try {
                    file.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while writing the demo files", e);
                }
            }
        }
    }

    /** Reads a benchmark by its command-line name ({@code admission-city}, …). */
    static final class BenchmarkName implements CommandLine.ITypeConverter<DemoBenchmark> {
        @Override
        public DemoBenchmark convert(String value) {
            for (DemoBenchmark b : DemoBenchmark.values()) {
                if (b.id().equalsIgnoreCase(value)) {
                    return b;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
                    + String.join(
                            ", ",
                            Arrays.stream(DemoBenchmark.values())
                                    .map(DemoBenchmark::id)
                                    .toList()));
        }
    }
}
