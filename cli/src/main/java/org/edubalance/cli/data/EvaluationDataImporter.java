package org.edubalance.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // The county inputs are read on another core while the (much larger) school file is imported.
        Path inputsFile = locateCountyInputs(data, options.inputs());
        CompletableFuture<@Nullable CountyInputsImport> pendingInputs = inputsFile == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> new CountyInputsImporter().importFile(inputsFile));
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

    private List<SchoolYear> importSchools(Path data) {
        long expectedRows;
        try {
            // A rough guess for the progress bar: about 250 bytes per row in CSV.
            expectedRows = Math.max(1, Files.size(data) / 250);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ProgressReporter progress = ProgressReporter.start("import", expectedRows)) {
            SchoolImport result = new SchoolImporter().importFile(data, progress.counter());
            if (!result.report().warnings().isEmpty()) {
                err.print(result.report().format());
                err.flush();
            }
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
