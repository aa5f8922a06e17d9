package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.staff.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationPolicyReaderTest {
    @TempDir
    Path dir;

    @Test
    void theNationalPolicyHasTheRulesOfThe2014Opinion() {
        RotationPolicy national = RotationPolicyReader.shipped("national");

        assertThat(national.minYearsAtSchool()).isEqualTo(6);
        assertThat(national.minShareOfEligible()).isEqualTo(0.10);
        assertThat(national.minBackboneShare()).isEqualTo(0.20);
        assertThat(national.backboneShareOfEligible()).isFalse();
        assertThat(national.maxAge(Gender.M)).isEmpty();
        assertThat(national.direction()).isEqualTo(Direction.ANY);
        assertThat(national.indicatorWeights()).containsOnlyKeys(TeacherIndicator.values());
        assertThat(national.maxMovers()).isNull();
    }

    @Test
    void aProvinceOverridesOnlyWhatDiffers() {
        RotationPolicy anhui = RotationPolicyReader.shipped("anhui");

        assertThat(anhui.id()).isEqualTo("anhui");
        assertThat(anhui.backboneShareOfEligible()).isTrue();
        assertThat(anhui.minShareOfEligible()).isEqualTo(0.10);
    }

    @Test
    void aCountysFileExtendsAShippedPolicyAndSetsAgeCapsCommuteAndIndicators() throws IOException {
        Path file = write("""
                extends: national
                id: our-county
                eligibility:
                  maxAge: {M: 50, F: 45}
                moves:
                  maxCommuteKm: 10
                  direction: towards-weaker-or-rural
                objective:
                  indicators: {backbone_teachers_per100: 2, teachers_mid_senior_title_per100: 1}
                  maxMovers: 250
                """);

        RotationPolicy policy = RotationPolicyReader.load(file.toString());

        assertThat(policy.id()).isEqualTo("our-county");
        assertThat(policy.maxAge(Gender.F)).hasValue(45);
        assertThat(policy.maxCommuteKm()).isEqualTo(10);
        assertThat(policy.maxShareLeaving()).isEqualTo(0.15);
        assertThat(policy.direction()).isEqualTo(Direction.TOWARDS_WEAKER_OR_RURAL);
        assertThat(policy.indicatorWeights())
                .containsOnlyKeys(TeacherIndicator.BACKBONE, TeacherIndicator.MID_SENIOR_TITLE)
                .containsEntry(TeacherIndicator.BACKBONE, 2.0);
        assertThat(policy.maxMovers()).isEqualTo(250);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "moves: {maxComuteKm: 10} | moves.maxComuteKm: is not a key of this policy. Maybe one of: direction, maxCommuteKm",
                "moves: {maxCommuteKm: ten} | moves.maxCommuteKm: expected a number, got ten",
                "quota: {minShareOfEligible: 1.5} | minShareOfEligible is a share between 0 and 1, got 1.5",
                "quota: {backboneShareOf: all} | quota.backboneShareOf: is movers or eligible-backbone, got 'all'",
                "eligibility: {maxAge: {X: 50}} | eligibility.maxAge.X: is not a gender. Maybe M or F",
                "objective: {indicators: {books_per_student: 1}} | objective.indicators.books_per_student: is not a teacher indicator",
                "extends: shanghai | extends: 'shanghai' is not a shipped policy. Maybe one of: national, anhui",
            })
    void aBadValueIsNamedByFileKeyPathAndProblem(String override, String expected) throws IOException {
        Path file = write((override.startsWith("extends:") ? "" : "extends: national\n") + override + "\n");

        assertThatThrownBy(() -> RotationPolicyReader.read(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("policy.yaml: ")
                .hasMessageContaining(expected);
    }

    @Test
    void aFileWithoutExtendsMustSetEveryKey() throws IOException {
        Path file = write("id: partial\neligibility: {minYearsAtSchool: 6}\n");

        assertThatThrownBy(() -> RotationPolicyReader.read(file))
                .hasMessageContaining("policy.yaml: quota: is missing. Maybe start the file with 'extends: national'");
    }

    @Test
    void textThatIsNotYamlIsReportedWithItsLine() throws IOException {
        Path file = write("extends: national\nmoves: {maxCommuteKm: 10\nid: x\n");

        assertThatThrownBy(() -> RotationPolicyReader.read(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("policy.yaml is not valid YAML at line");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("policy.yaml"), text);
    }
}
