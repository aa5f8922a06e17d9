package org.edubalance.cli.lottery;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.edubalance.cli.BadInputException;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.edubalance.dataimport.policy.AdmissionPolicyReader.LoadedPolicy;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of an admission draw as the commands read them: the four files and the policy, hashed in the command's
 * order ({@code schools}, {@code seats}, {@code zones}, {@code applicants}, {@code policy}), and the selected round.
 *
 * @param inputs the input hashes in the commit's order
 * @param round the selected round
 */
public record AdmissionDraw(List<LotteryInput> inputs, AdmissionRound round) {

    /** The commit of the inputs. */
    public String commit() {
        return LotteryV1.commit(inputs);
    }

    /** The hashes of the files and the policy, without reading the files' contents. */
    public static List<LotteryInput> hashes(Path schools, Path seats, Path zones, Path applicants, String policy) {
        LoadedPolicy loaded = AdmissionPolicyReader.load(policy);
        return List.of(
                LotteryInput.of("schools", bytes(schools, "--schools")),
                LotteryInput.of("seats", bytes(seats, "--seats")),
                LotteryInput.of("zones", bytes(zones, "--zones")),
                LotteryInput.of("applicants", bytes(applicants, "--applicants")),
                LotteryInput.of("policy", loaded.bytes()));
    }

    /**
     * Reads and checks every file and selects the round.
     *
     * @throws BadInputException when a selection option is missing or names nothing in the files
     */
    public static AdmissionDraw load(
            Path schools,
            Path seats,
            Path zones,
            Path applicants,
            String policy,
            @Nullable Integer year,
            @Nullable String county,
            @Nullable EntryGrade grade,
            PrintWriter err) {
        LoadedPolicy loaded = AdmissionPolicyReader.load(policy);
        // Hashing the applicants' file (10 MB for a city) takes a fifth as long as its import: done on the other core
        // meanwhile. Its errors (a missing file) still come first, as when the files were hashed before the import.
        var hashing = CompletableFuture.supplyAsync(() -> hashes(schools, seats, zones, applicants, policy));
        AdmissionFiles files;
        try {
            List<SchoolYear> schoolRows =
                    new SchoolImporter().importFile(schools).schools();
            files = new AdmissionImporter().importFiles(seats, zones, applicants, schoolRows, loaded.policy());
        } catch (RuntimeException e) {
            joined(hashing);
            throw e;
        }
        List<LotteryInput> inputs = joined(hashing);
        if (!files.report().warnings().isEmpty()) {
            err.print(files.report().format());
            err.flush();
        }
        int selectedYear = select("--year", year, files.years());
        String selectedCounty = select("--county", county, files.counties(selectedYear));
        RegionCode countyCode = new RegionCode(selectedCounty);
        EntryGrade selectedGrade = select("--entry-grade", grade, files.grades(selectedYear, countyCode));
        return new AdmissionDraw(inputs, files.round(selectedYear, countyCode, selectedGrade, loaded.policy()));
    }

    private static <T extends Comparable<T>> T select(String option, @Nullable T given, TreeSet<T> values) {
        if (given != null) {
            if (!values.contains(given)) {
                throw new BadInputException(
                        option + " " + given + ": the files hold no such round. Maybe one of: " + values + ".");
            }
            return given;
        }
        if (values.isEmpty()) {
            throw new BadInputException("The seats, zones and applicants files hold no rows. Maybe the files are"
                    + " empty apart from the header.");
        }
        if (values.size() > 1) {
            throw new BadInputException(
                    "The files hold " + values.size() + " values " + values + "; choose one with " + option + ".");
        }
        return values.first();
    }

    private static List<LotteryInput> joined(CompletableFuture<List<LotteryInput>> hashing) {
        try {
            return hashing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static byte[] bytes(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(option + " " + file + ": file not found. Maybe check the path.");
        } catch (IOException e) {
            throw new BadInputException(option + " " + file + ": cannot be read (" + e.getMessage() + ").");
        }
    }
}
