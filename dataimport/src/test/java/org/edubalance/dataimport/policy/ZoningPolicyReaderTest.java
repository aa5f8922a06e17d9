package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.zoning.ZoningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped zoning policy, a county's file extending it, and each kind of bad key named by its path. */
class ZoningPolicyReaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("county.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void nationalHasTheContractsValues() {
        assertThat(ZoningPolicyReader.load("national"))
                .isEqualTo(new ZoningPolicy("national", 1, 1, 0.0, 1.0, null, true));
    }

    @Test
    void aCountyFileExtendsNationalAndSetsWhatDiffers() throws IOException {
        ZoningPolicy policy = ZoningPolicyReader.load(yaml("extends: national\nenrolmentRate: 0.92\nmaxDistanceKm: 3\n")
                .toString());
        assertThat(policy).isEqualTo(new ZoningPolicy("county.yaml", 1, 1, 0.0, 0.92, 3.0, true));
    }

    @Test
    void anUnknownKeyIsNamed() throws IOException {
        String file = yaml("extends: national\nenrollmentRate: 0.9\n").toString();
        assertThatThrownBy(() -> ZoningPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("county.yaml: enrollmentRate:");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        String file = yaml("planYearOffset: 1\n").toString();
        assertThatThrownBy(() -> ZoningPolicyReader.load(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("horizonYears: is missing");
    }

    @Test
    void wrongValuesAreNamed() throws IOException {
        for (String bad : new String[] {
            "enrolmentRate: 1.5", "capacitySlack: -0.1", "horizonYears: 0", "maxDistanceKm: 0", "contiguity: 1"
        }) {
            String key = bad.substring(0, bad.indexOf(':'));
            String file = yaml("extends: national\n" + bad + "\n").toString();
            assertThatThrownBy(() -> ZoningPolicyReader.load(file))
                    .as(bad)
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining("county.yaml: " + key + ":");
        }
    }
}
