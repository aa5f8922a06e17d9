package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.school.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quota policy (docs/planning/quota.md §2): the shipped national one, files extending it, every refusal. */
class QuotaPolicyReaderTest {
    @TempDir
    Path dir;

    @Test
    void theNationalPolicyIsWebsterWithoutMinimumAndEqualWeights() {
        QuotaPolicy national = QuotaPolicyReader.load("national");
        assertThat(national.id()).isEqualTo("national");
        assertThat(national.method()).isEqualTo(ApportionmentMethod.WEBSTER);
        assertThat(national.minPerSchool()).isZero();
        for (Location l : Location.values()) {
            assertThat(national.weight(l)).isEqualByComparingTo("1.0");
        }
    }

    @Test
    void theShippedBytesAreTheFileWithOneCommentLineAboveTheThreeKeys() {
        String text = new String(QuotaPolicyReader.bytes("national"), StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(4);
        assertThat(text).startsWith("# ").contains("\nmethod: WEBSTER ").contains("\nminPerSchool: 0 ");
        assertThat(text).contains("\nweights: {URBAN: 1.0, TOWN: 1.0, RURAL: 1.0} ");
    }

    @Test
    void aFileExtendsNationalAndSetsWhatDiffersWithExactWeights() throws IOException {
        Path file = write("jinan.yaml", "extends: national\nmethod: DHONDT\nminPerSchool: 1\nweights: {RURAL: 1.1}\n");
        QuotaPolicy policy = QuotaPolicyReader.load(file.toString());
        assertThat(policy.id()).isEqualTo("jinan.yaml");
        assertThat(policy.method()).isEqualTo(ApportionmentMethod.DHONDT);
        assertThat(policy.minPerSchool()).isEqualTo(1);
        // 1.1 stays the decimal 1.1 (as a double it would be 1.100000000000000088817841970012523…).
        assertThat(policy.weight(Location.RURAL)).isEqualTo("1.1");
        assertThat(policy.weight(Location.URBAN)).isEqualByComparingTo("1");
        assertThat(QuotaPolicyReader.bytes(file.toString())).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aFileSettingEveryKeyNeedsNoExtends() throws IOException {
        Path file = write("own.yaml", "method: HAMILTON\nminPerSchool: 0\nweights: {URBAN: 1, TOWN: 1.5, RURAL: 2}\n");
        QuotaPolicy policy = QuotaPolicyReader.load(file.toString());
        assertThat(policy.method()).isEqualTo(ApportionmentMethod.HAMILTON);
        assertThat(policy.weight(Location.TOWN)).isEqualByComparingTo("1.5");
    }

    @Test
    void minPerSchoolWithHamiltonIsRefusedNamingTheKey() throws IOException {
        Path file = write("h.yaml", "extends: national\nmethod: HAMILTON\nminPerSchool: 2\n");
        assertThatThrownBy(() -> QuotaPolicyReader.load(file.toString()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("h.yaml: minPerSchool: must be 0 with method HAMILTON");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "extends: national\\nseats: 3\\n|seats: is not a key",
                "extends: national\\nmethod: SAINTE_LAGUE\\n|method: is WEBSTER, DHONDT or HAMILTON",
                "extends: national\\nminPerSchool: -1\\n|minPerSchool: is a whole number",
                "extends: national\\nminPerSchool: 1.5\\n|minPerSchool: is a whole number",
                "extends: national\\nweights: {SUBURB: 1}\\n|weights.SUBURB: is not a location",
                "extends: national\\nweights: {RURAL: 0}\\n|weights.RURAL: is a positive number",
                "extends: national\\nweights: {RURAL: heavy}\\n|weights.RURAL: is a positive number",
                "extends: national\\nweights: 2\\n|weights: expected a map",
                "method: WEBSTER\\nminPerSchool: 0\\n|weights: is missing",
                "method: WEBSTER\\nminPerSchool: 0\\nweights: {URBAN: 1, TOWN: 1}\\n|weights.RURAL: is missing",
                "extends: anhui\\n|extends: 'anhui' is not a shipped quota policy",
            })
    void aWrongKeyOrValueIsRefusedNamingTheKeyPath(String yaml, String message) throws IOException {
        Path file = write("county.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> QuotaPolicyReader.load(file.toString()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("county.yaml: " + message);
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> QuotaPolicyReader.load(dir.resolve("none.yaml").toString()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("no such policy file");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
