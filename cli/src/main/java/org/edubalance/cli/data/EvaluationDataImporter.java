package org.edubalance.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.Language;
import org.edubalance.cli.ProgressReporter;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.county.CountyInputsImport;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.jspecify.annotations.Nullable;

/**
 * Imports what {@link DataOptions} name, the one way every evaluating command does it: the pack, the school file
 * (with a progress bar on a terminal) and, on another core meanwhile, the county-inputs file given or found beside
 * the data; then the year and county selection. Import warnings and which inputs file is used go to {@code err}.
 *
 * <p>Bad input (a missing file, a header-only file, a year or county not in the data, an invalid pack or rows) is
 * reported by {@link BadInputException} or the importers' own exceptions, which the command line turns into exit
 * code 2.
 */
public final class EvaluationDataImporter {
    private final PrintWriter err;
    private final Language lang;

    public EvaluationDataImporter(PrintWriter err, Language lang) {
        this.err = err;
        this.lang = lang;
    }

    /** Imports and selects the data of {@code options}. */
    public LoadedData load(DataOptions options) {
        Path data = options.data();
        Standard standard = StandardCatalogue.load(options.standard());
        if (!Files.isRegularFile(data)) {
            throw new BadInputException(data + ": no such file");
        }
        Path inputsFile = locateCountyInputs(data, options.inputs());
        return load(options, standard, inputsFile, readInputs(inputsFile));
    }

    /**
     * The county summaries of {@code options}' data when they show more than {@code moreCountiesThan} counties:
     * evaluated county by county while the school file is read, so that its schools never live in memory all at once
     * (a quarter to a third of a nation-scale run's time went to the collector copying them and the kernel clearing
     * fresh memory for them). Otherwise — fewer counties, one county asked for, or a file whose counties' rows are not
     * each together — the data loaded as {@link #load} loads them. Either way the messages, warnings and errors are
     * those of {@link #load}, printed once.
     */
    public SummaryOrData loadForSummary(DataOptions options, int moreCountiesThan) {
        Path data = options.data();
        Standard standard = StandardCatalogue.load(options.standard());
        if (!Files.isRegularFile(data)) {
            throw new BadInputException(data + ": no such file");
        }
        Path inputsFile = locateCountyInputs(data, options.inputs());
        CompletableFuture<@Nullable CountyInputsImport> pendingInputs = readInputs(inputsFile);
        if (options.county() == null) {
            var counties = new CountyRunEvaluator(
                    standard,
                    options.year(),
                    pendingInputs.thenApply(imported -> imported == null ? List.of() : imported.inputs()));
            int year;
            try (ProgressReporter progress = ProgressReporter.start("import", expectedRows(data))) {
                Optional<SchoolImporter.CountyRunImport> imported =
                        new SchoolImporter().importByCounty(data, progress.counter(), counties);
                year = imported.isEmpty() ? Integer.MIN_VALUE : summaryYear(imported.get(), options, moreCountiesThan);
                if (year != Integer.MIN_VALUE) {
                    printWarnings(imported.get().report());
                }
            }
            if (year != Integer.MIN_VALUE) {
                long importedNanos = System.nanoTime();
                countyInputs(join(pendingInputs));
                return new SummaryOrData(
                        new CountySummaries(
                                standard,
                                year,
                                counties.counties(year),
                                counties.excludedSchools(year),
                                importedNanos,
                                System.nanoTime()),
                        null);
            }
        }
        return new SummaryOrData(null, load(options, standard, inputsFile, pendingInputs));
    }

    /** The year to summarise, or {@link Integer#MIN_VALUE} when the summary would show too few counties. */
    private static int summaryYear(SchoolImporter.CountyRunImport imported, DataOptions options, int moreCountiesThan) {
        SortedMap<Integer, Integer> countiesByYear = imported.countiesByYear();
        if (countiesByYear.isEmpty()) {
            return Integer.MIN_VALUE;
        }
        int year = options.year() != null ? options.year() : countiesByYear.lastKey();
        return countiesByYear.getOrDefault(year, 0) > moreCountiesThan ? year : Integer.MIN_VALUE;
    }

    /**
     * What {@link #loadForSummary} gives: exactly one of the two.
     *
     * @param summaries the county summaries, evaluated while the file was read
     * @param data the data loaded whole, to be evaluated
     */
    public record SummaryOrData(
            @Nullable CountySummaries summaries, @Nullable LoadedData data) {
        public SummaryOrData {
            if ((summaries == null) == (data == null)) {
                throw new IllegalArgumentException("Either the summaries or the data");
            }
        }
    }

    private LoadedData load(
            DataOptions options,
            Standard standard,
            @Nullable Path inputsFile,
            CompletableFuture<@Nullable CountyInputsImport> pendingInputs) {
        Path data = options.data();
        List<SchoolYear> schools = importSchools(data);
        long imported = System.nanoTime();
        if (schools.isEmpty()) {
            throw new BadInputException(data + ": no school rows, only the header. Maybe fill in the template first.");
        }
        int year = options.year() == null ? YearEvaluator.latestYear(schools) : options.year();
        if (schools.stream().noneMatch(s -> s.year() == year)) {
            throw new BadInputException(data + ": no school rows for year " + year);
        }
        String county = options.county();
        if (county != null) {
            if (!RegionCode.isWellFormed(county)) {
                throw new BadInputException("--county " + county + ": a county code has six digits");
            }
            schools = schools.stream()
                    .filter(s -> s.county().code().value().equals(county))
                    .toList();
            if (schools.isEmpty()) {
                throw new BadInputException(data + ": no school of county " + county);
            }
        }
        List<CountyInputs> inputs = countyInputs(join(pendingInputs));
        return new LoadedData(standard, schools, year, inputs, inputsFile, imported, System.nanoTime());
    }

    /** The county inputs are read on another core while the (much larger) school file is imported. */
    private static CompletableFuture<@Nullable CountyInputsImport> readInputs(@Nullable Path inputsFile) {
        return inputsFile == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> new CountyInputsImporter().importFile(inputsFile));
    }

    /** A rough guess for the progress bar: about 250 bytes per row in CSV. */
    private static long expectedRows(Path data) {
        try {
            return Math.max(1, Files.size(data) / 250);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printWarnings(ImportReport report) {
        if (!report.warnings().isEmpty()) {
            err.print(report.format());
            err.flush();
        }
    }

    private List<SchoolYear> importSchools(Path data) {
        try (ProgressReporter progress = ProgressReporter.start("import", expectedRows(data))) {
            SchoolImport result = new SchoolImporter().importFile(data, progress.counter());
            printWarnings(result.report());
            return result.schools();
        }
    }

    /** The county-inputs file: the one given, or county-inputs.csv/.xlsx beside the data; null when none. */
    private @Nullable Path locateCountyInputs(Path data, @Nullable Path given) {
        Path file = given;
        if (file == null) {
            Path parent = data.toAbsolutePath().getParent();
            for (String name : List.of("county-inputs.csv", "county-inputs.xlsx")) {
                Path candidate = parent.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    file = candidate;
                    break;
                }
            }
        } else if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        err.println(file == null ? lang.text("input.none") : lang.text("input.found", file));
        err.flush();
        return file;
    }

    private List<CountyInputs> countyInputs(@Nullable CountyInputsImport imported) {
        if (imported == null) {
            return List.of();
        }
        if (!imported.report().warnings().isEmpty()) {
            err.print(imported.report().format());
            err.flush();
        }
        return imported.inputs();
    }

    private static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
