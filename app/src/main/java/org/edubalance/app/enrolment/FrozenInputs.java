package org.edubalance.app.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.edubalance.dataimport.policy.AdmissionPolicyReader.LoadedPolicy;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.lottery.LotteryInput;

/**
 * A round's frozen files read exactly as {@code edubalance plan admission} reads the same files from disk: the files
 * are written under their published names to a directory of their own and read by the same importers, so that what
 * the platform runs is what anyone recomputes from the downloads.
 *
 * @param inputs the input hashes in the commit's order
 * @param round the selected round
 */
record FrozenInputs(List<LotteryInput> inputs, AdmissionRound round) {
    /** The commit's order of the inputs, as {@code edubalance lottery commit --kind admission} hashes them. */
    static final List<String> NAMES = List.of("schools", "seats", "zones", "applicants", "policy");

    FrozenInputs {
        inputs = List.copyOf(inputs);
    }

    /**
     * Reads {@code files} (in {@link #NAMES}' order) and selects the round of {@code county}, {@code year} and
     * {@code grade}.
     *
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the files
     * @throws org.edubalance.dataimport.policy.InvalidPolicyException when the policy file is not valid
     * @throws IllegalArgumentException when the files hold no such round
     */
    static FrozenInputs read(List<RoundFile> files, RegionCode county, int year, EntryGrade grade) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("edubalance-round");
            List<Path> paths = new ArrayList<>();
            List<LotteryInput> inputs = new ArrayList<>();
            for (RoundFile file : files) {
                Path path = dir.resolve(file.fileName());
                Files.write(path, file.content());
                paths.add(path);
                inputs.add(LotteryInput.of(file.name(), file.content()));
            }
            RoundFile policyFile = files.get(4);
            LoadedPolicy policy = AdmissionPolicyReader.SHIPPED.contains(policyFile.fileName())
                    ? AdmissionPolicyReader.load(policyFile.fileName())
                    : AdmissionPolicyReader.read(paths.get(4));
            List<SchoolYear> schools =
                    new SchoolImporter().importFile(paths.get(0)).schools();
            AdmissionFiles admission = new AdmissionImporter()
                    .importFiles(paths.get(1), paths.get(2), paths.get(3), schools, policy.policy());
            if (!admission.grades(year, county).contains(grade)) {
                throw new IllegalArgumentException("The seats, zones and applicants files hold no round of county "
                        + county + ", " + year + ", " + grade + ". Maybe check the year, county and grade columns.");
            }
            return new FrozenInputs(inputs, admission.round(year, county, grade, policy.policy()));
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
