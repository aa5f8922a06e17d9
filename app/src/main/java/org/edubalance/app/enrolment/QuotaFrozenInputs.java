package org.edubalance.app.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.dataimport.quota.CandidateImporter;
import org.edubalance.dataimport.quota.CandidateImporter.CandidateImport;
import org.edubalance.dataimport.quota.HighSchoolImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.lottery.LotteryInput;

/**
 * A quota round's frozen files read exactly as {@code edubalance plan quota --year Y --area A} reads the same files
 * from disk: written under their published names to a directory of their own, read by the same importers, the year
 * and area selected the same way, so that the platform's result is the one anyone recomputes from the downloads.
 *
 * @param inputs the input hashes in the commit's order (schools, high_schools, candidates, policy)
 * @param round the selected round
 * @param policy the policy read
 */
record QuotaFrozenInputs(List<LotteryInput> inputs, QuotaRound round, QuotaPolicy policy) {

    QuotaFrozenInputs {
        inputs = List.copyOf(inputs);
    }

    /**
     * Reads {@code files} (in the commit's order) and selects the candidates and high schools of {@code area} and
     * {@code year}.
     *
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the files
     * @throws org.edubalance.dataimport.policy.InvalidPolicyException when the policy file is not valid
     * @throws IllegalArgumentException when the files hold no candidate or no high school of the area and year
     */
    static QuotaFrozenInputs read(List<RoundFile> files, RegionCode area, int year) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("edubalance-quota-round");
            List<Path> paths = new ArrayList<>();
            List<LotteryInput> inputs = new ArrayList<>();
            for (RoundFile file : files) {
                Path path = dir.resolve(file.fileName());
                Files.write(path, file.content());
                paths.add(path);
                inputs.add(LotteryInput.of(file.name(), file.content()));
            }
            String policyFile = files.get(3).fileName();
            // A shipped policy by its id, a bureau's file by its path: the policy's name in the result is the
            // command's.
            QuotaPolicy policy = QuotaPolicyReader.load(
                    QuotaPolicyReader.SHIPPED.contains(policyFile)
                            ? policyFile
                            : paths.get(3).toString());
            List<SchoolYear> schools =
                    new SchoolImporter().importFile(paths.get(0)).schools();
            List<HighSchool> highSchools =
                    new HighSchoolImporter().importFile(paths.get(1)).highSchools();
            CandidateImport candidates = new CandidateImporter().importFile(paths.get(2), highSchools, schools);
            String code = area.value();
            List<Candidate> selected = candidates.candidates().stream()
                    .filter(c -> c.year() == year && c.areaCode().equals(code))
                    .toList();
            if (selected.isEmpty()) {
                throw new IllegalArgumentException("The candidates file holds no candidate of area " + code + " in "
                        + year + ". Maybe check the year and area_code columns.");
            }
            List<HighSchool> highs = highSchools.stream()
                    .filter(h -> h.year() == year && h.areaCode().equals(code))
                    .toList();
            if (highs.isEmpty()) {
                throw new IllegalArgumentException("The high-school file holds no high school of area " + code + " in "
                        + year + ". Maybe the high-school file is of another year or area.");
            }
            Map<String, Location> locations = new HashMap<>();
            for (Candidate c : selected) {
                locations.computeIfAbsent(c.juniorSchool(), junior -> candidates.juniorLocation(year, junior));
            }
            return new QuotaFrozenInputs(inputs, new QuotaRound(year, code, highs, selected, locations), policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
