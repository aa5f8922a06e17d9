package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.PairingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped pairing policy, a county's file extending it, and each bad key named. */
class PairingPolicyReaderTest {
    @TempDir
    Path dir;

    private String load(String text) throws IOException {
        Path file = dir.resolve("county.yaml");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void theShippedPolicyAndACountyExtendingIt() throws IOException {
        assertThat(PairingPolicyReader.load("national"))
                .isEqualTo(new PairingPolicy("national", 1.2, 1.05, 3, 30, false));
        assertThat(PairingPolicyReader.load(load("extends: national\nurbanRuralOnly: true\nmaxDistanceKm: 45\n")))
                .isEqualTo(new PairingPolicy("county", 1.2, 1.05, 3, 45, true));
    }

    @Test
    void theGroupLimitsOfTheShippedPolicyAndOfACountyFile() throws IOException {
        assertThat(PairingPolicyReader.loadGroups("national")).isEqualTo(new GroupPolicy("national", 2, 8, 1.0, 30));
        assertThat(PairingPolicyReader.loadGroups(load("extends: national\ngroupMaxSize: 5\nmaxDistanceKm: 20\n")))
                .isEqualTo(new GroupPolicy("county", 2, 5, 1.0, 20));
    }

    @Test
    void eachBadKeyIsNamed() throws IOException {
        String[][] cases = {
            {"extends: national\nmentorMinStrength: 2.5\n", "county.yaml: mentorMinStrength: is 2.5, above the most"},
            {"extends: national\nmaxMenteesPerMentor: 0\n", "county.yaml: maxMenteesPerMentor: is a whole number ≥ 1"},
            {"extends: national\nmaxDistanceKm: -3\n", "county.yaml: maxDistanceKm: is a number ≥ 0, got -3"},
            {"extends: national\nmaxDistanceKm: 0\n", "county.yaml: maxDistanceKm: is 0"},
            {"extends: national\nurbanRuralOnly: sometimes\n", "county.yaml: urbanRuralOnly: is true or false"},
            {"extends: national\nmentors: 3\n", "county.yaml: mentors: is not a key of a pairing policy"},
            {"mentorMinStrength: 1.2\n", "county.yaml: menteeMaxStrength: is missing"},
            {"extends: provincial\n", "county.yaml: extends: 'provincial' is not a shipped pairing policy"},
            {"extends: national\ngroupMinSize: 1\n", "county.yaml: groupMinSize: is a whole number ≥ 2"},
            {
                "extends: national\ngroupMinSize: 5\ngroupMaxSize: 4\n",
                "county.yaml: groupMaxSize: is a whole number ≥ groupMinSize (5), got 4"
            },
            {"extends: national\ngroupMaxSize: -8\n", "county.yaml: groupMaxSize: is a whole number ≥ groupMinSize"},
            {"extends: national\ngroupMinMeanStrength: -1\n", "groupMinMeanStrength: is a number ≥ 0, got -1"},
            {"extends: national\ngroupMinMeanStrength: 2.5\n", "groupMinMeanStrength: is 2.5, above the most"},
        };
        for (String[] c : cases) {
            String file = load(c[0]);
            assertThatThrownBy(() -> PairingPolicyReader.loadGroups(file))
                    .as(c[0])
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining(c[1]);
            assertThatThrownBy(() -> PairingPolicyReader.load(file))
                    .as(c[0])
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining(c[1]);
        }
    }
}
