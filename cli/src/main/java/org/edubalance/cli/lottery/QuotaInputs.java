package org.edubalance.cli.lottery;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ImportReportText;
import org.edubalance.cli.Language;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.dataimport.quota.CandidateImporter;
import org.edubalance.dataimport.quota.CandidateImporter.CandidateImport;
import org.edubalance.dataimport.quota.HighSchoolImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.lottery.LotteryInput;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of an entrance-exam admission as the command line names them (docs/planning/quota.md §6): the school
 * data, the high schools, the candidates and the policy, with the year and area to select. The lottery hashes the four
 * files whole, in this order, whatever is selected.
 *
 * @param policy a shipped policy id or a YAML file
 * @param area the admission area, or null for the only one of the candidates of the year
 * @param year the exam year, or null for the only one of the candidates file
 */
public record QuotaInputs(
        Path schools,
        Path highSchools,
        Path candidates,
        String policy,
        @Nullable String area,
        @Nullable Integer year) {

    /** A round ready to plan: the selected high schools and candidates, the policy and the inputs' hashes. */
    public record Loaded(QuotaRound round, QuotaPolicy policy, List<LotteryInput> inputs) {}

    /** The inputs' hashes in the commit's order: schools, high_schools, candidates, policy. */
    public List<LotteryInput> hashes() {
        return List.of(
                LotteryInput.of("schools", bytes(schools)),
                LotteryInput.of("high_schools", bytes(highSchools)),
                LotteryInput.of("candidates", bytes(candidates)),
                LotteryInput.of("policy", QuotaPolicyReader.bytes(policy)));
    }

    /** Reads, checks and selects the round; import warnings go to {@code err} in English. */
    public Loaded load(PrintWriter err) {
        return load(err, Language.en);
    }

    /** Reads, checks and selects the round; import warnings go to {@code err} in {@code lang}. */
    public Loaded load(PrintWriter err, Language lang) {
        QuotaPolicy quotaPolicy = QuotaPolicyReader.load(policy);
        // Hashing 100,000 candidates' file takes as long as a third of their import: done on the other core meanwhile.
        var hashing = java.util.concurrent.CompletableFuture.supplyAsync(this::hashes);
        List<SchoolYear> schoolRows = new SchoolImporter().importFile(schools).schools();
        var highImport = new HighSchoolImporter().importFile(highSchools);
        CandidateImport candidateImport =
                new CandidateImporter().importFile(candidates, highImport.highSchools(), schoolRows);
        warn(err, highImport.report(), lang);
        warn(err, candidateImport.report(), lang);
        // Joined after the imports, so that a missing or unreadable file is reported as the importers locate it.
        List<LotteryInput> inputs = joined(hashing);
        List<Candidate> all = candidateImport.candidates();
        if (all.isEmpty()) {
            throw new BadInputException(candidates + ": no candidates, only the header");
        }
        int selectedYear =
                select("--year", year, all, Candidate::year, String::valueOf, Integer::parseInt, "the candidates file");
        List<Candidate> ofYear =
                all.stream().filter(c -> c.year() == selectedYear).toList();
        String selectedArea = select(
                "--area", area, ofYear, Candidate::areaCode, s -> s, s -> s, "the candidates of " + selectedYear);
        List<Candidate> selected =
                ofYear.stream().filter(c -> c.areaCode().equals(selectedArea)).toList();
        List<HighSchool> highs = highImport.highSchools().stream()
                .filter(h -> h.year() == selectedYear && h.areaCode().equals(selectedArea))
                .toList();
        if (highs.isEmpty()) {
            throw new BadInputException(highSchools + ": no high school of " + selectedYear + " in area " + selectedArea
                    + ". Maybe the high-school file is of another year or area.");
        }
        Map<String, Location> locations = new HashMap<>();
        for (Candidate c : selected) {
            locations.computeIfAbsent(c.juniorSchool(), code -> candidateImport.juniorLocation(selectedYear, code));
        }
        return new Loaded(new QuotaRound(selectedYear, selectedArea, highs, selected, locations), quotaPolicy, inputs);
    }

    private static <T extends Comparable<T>> T select(
            String option,
            @Nullable T given,
            List<Candidate> candidates,
            Function<Candidate, T> value,
            Function<T, String> show,
            Function<String, T> parse,
            String where) {
        // Distinct values first: a hash set per candidate is cheaper than a tree insertion.
        TreeSet<T> values = new TreeSet<>(candidates.stream().map(value).collect(java.util.stream.Collectors.toSet()));
        if (given != null) {
            if (!values.contains(given)) {
                throw new BadInputException(
                        option + " " + show.apply(given) + ": " + where + " has none. Maybe one of: "
                                + String.join(", ", values.stream().map(show).toList()) + ".");
            }
            return given;
        }
        if (values.size() > 1) {
            throw new BadInputException(where + " hold " + values.size() + " values of " + option.substring(2) + ": "
                    + String.join(", ", values.stream().map(show).toList()) + ". Maybe " + option + " "
                    + show.apply(values.last()) + ".");
        }
        return parse.apply(show.apply(values.first()));
    }

    private static List<LotteryInput> joined(java.util.concurrent.CompletableFuture<List<LotteryInput>> hashing) {
        try {
            return hashing.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void warn(PrintWriter err, ImportReport report, Language lang) {
        if (!report.warnings().isEmpty()) {
            ImportReportText.print(report, lang, err);
            err.flush();
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }
}
