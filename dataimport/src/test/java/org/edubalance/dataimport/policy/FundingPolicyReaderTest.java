package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped funding policies, a county's file extending one, and each kind of bad key named by its path. */
class FundingPolicyReaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("county.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static FundingPolicy policy(String id, double primary, double junior, double rural, Double budget) {
        return new FundingPolicy(
                id,
                Map.of(Segment.PRIMARY, primary, Segment.JUNIOR, junior),
                200,
                100,
                6000,
                Map.of(Location.URBAN, 1.0, Location.TOWN, 1.0, Location.RURAL, rural),
                budget);
    }

    @Test
    void theShippedPoliciesHaveTheContractsValues() {
        assertThat(FundingPolicyReader.load("national-east")).isEqualTo(policy("national-east", 650, 850, 1.0, null));
        assertThat(FundingPolicyReader.load("national-central-west"))
                .isEqualTo(policy("national-central-west", 600, 800, 1.0, null));
    }

    @Test
    void aCountyFileExtendsAShippedOneAndSetsOnlyTheEntriesItNames() throws IOException {
        String file = yaml("extends: national-central-west\nlocationFactor: {RURAL: 1.25}\nbudget: 2500000.5\n")
                .toString();
        assertThat(FundingPolicyReader.load(file)).isEqualTo(policy("county.yaml", 600, 800, 1.25, 2500000.5));
    }

    @Test
    void aFileSettingEveryKeyNeedsNoExtends() throws IOException {
        String file = yaml("perStudent: {PRIMARY: 507, JUNIOR: 815}\nboarderExtra: 200\nsmallSchoolFloor: 100\n"
                        + "specialEducationPerStudent: 6000\nlocationFactor: {URBAN: 1, TOWN: 1, RURAL: 1}\n"
                        + "budget: null\n")
                .toString();
        assertThat(FundingPolicyReader.load(file)).isEqualTo(policy("county.yaml", 507, 815, 1.0, null));
    }

    @Test
    void anUnknownKeyIsNamed() throws IOException {
        String file = yaml("extends: national-east\nboardingExtra: 300\n").toString();
        assertThatThrownBy(() -> FundingPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: boardingExtra: is not a key of a funding policy");
    }

    @Test
    void anUnknownEntryOfAMapIsNamedByItsPath() throws IOException {
        String file =
                yaml("extends: national-east\nlocationFactor: {VILLAGE: 1.2}\n").toString();
        assertThatThrownBy(() -> FundingPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: locationFactor.VILLAGE: is not a key here");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        String file = yaml("perStudent: {PRIMARY: 650, JUNIOR: 850}\nboarderExtra: 200\n")
                .toString();
        assertThatThrownBy(() -> FundingPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: smallSchoolFloor: is missing");
    }

    @Test
    void aMissingSegmentIsNamedByItsPath() throws IOException {
        String file = yaml("perStudent: {PRIMARY: 650}\nboarderExtra: 200\nsmallSchoolFloor: 100\n"
                        + "specialEducationPerStudent: 6000\nlocationFactor: {URBAN: 1, TOWN: 1, RURAL: 1}\n"
                        + "budget: null\n")
                .toString();
        assertThatThrownBy(() -> FundingPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: perStudent.JUNIOR: is missing");
    }

    @Test
    void negativeAndWrongValuesAreNamed() throws IOException {
        Map<String, String> cases = Map.of(
                "boarderExtra: -1", "boarderExtra:",
                "specialEducationPerStudent: -6000", "specialEducationPerStudent:",
                "budget: -5", "budget:",
                "smallSchoolFloor: 99.5", "smallSchoolFloor:",
                "perStudent: {PRIMARY: -650}", "perStudent.PRIMARY:",
                "locationFactor: {TOWN: much}", "locationFactor.TOWN:",
                "perStudent: 650", "perStudent:");
        for (var bad : cases.entrySet()) {
            String file = yaml("extends: national-east\n" + bad.getKey() + "\n").toString();
            assertThatThrownBy(() -> FundingPolicyReader.load(file))
                    .as(bad.getKey())
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining("county.yaml: " + bad.getValue());
        }
    }

    @Test
    void anUnknownBaseOrFileIsNamed() throws IOException {
        String file = yaml("extends: national\n").toString();
        assertThatThrownBy(() -> FundingPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: extends: 'national' is not a shipped funding policy");
        assertThatThrownBy(() -> FundingPolicyReader.load("national-west"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("national-west: no such policy file");
    }
}
