package org.edubalance.dataimport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.PriorityClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdmissionPolicyReaderTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_national_policy_is_the_documented_one_and_keeps_its_bytes() {
        var loaded = AdmissionPolicyReader.load("national");
        assertThat(loaded.policy())
                .isEqualTo(new AdmissionPolicy(
                        "national",
                        List.of(
                                PriorityClass.SPECIAL,
                                PriorityClass.HUKOU_AND_HOME,
                                PriorityClass.HUKOU,
                                PriorityClass.HOME,
                                PriorityClass.RESIDENT),
                        List.of("MILITARY", "FIREFIGHTER", "TALENT"),
                        true,
                        1,
                        TieBreak.SINGLE));
        String text = new String(loaded.bytes(), StandardCharsets.UTF_8);
        // One comment line, then the five keys.
        assertThat(text.lines().filter(l -> l.startsWith("#"))).hasSize(1);
        assertThat(text).contains("tieBreak: SINGLE");
    }

    @Test
    void a_county_file_extends_national_and_sets_what_differs_its_name_as_id() throws IOException {
        Path file = Files.writeString(
                dir.resolve("county.yaml"), "extends: national\ntieBreak: MULTIPLE\ncoordination: false\n");
        var loaded = AdmissionPolicyReader.load(file.toString());
        assertThat(loaded.policy().id()).isEqualTo("county.yaml");
        assertThat(loaded.policy().tieBreak()).isEqualTo(TieBreak.MULTIPLE);
        assertThat(loaded.policy().coordination()).isFalse();
        assertThat(loaded.policy().maxPrivateChoices()).isEqualTo(1);
        assertThat(loaded.bytes()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void an_unknown_key_or_a_wrong_value_names_the_key() throws IOException {
        Path unknown = Files.writeString(dir.resolve("a.yaml"), "extends: national\nlottery: SINGLE\n");
        assertThatThrownBy(() -> AdmissionPolicyReader.load(unknown.toString()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("a.yaml: lottery: is not a key");
        Path wrong = Files.writeString(dir.resolve("b.yaml"), "extends: national\ntieBreak: TRIPLE\n");
        assertThatThrownBy(() -> AdmissionPolicyReader.load(wrong.toString()))
                .hasMessageStartingWith("b.yaml: tieBreak: expected SINGLE or MULTIPLE");
        Path badClass = Files.writeString(dir.resolve("c.yaml"), "extends: national\nclasses: [HUKOU, PRIVATE]\n");
        assertThatThrownBy(() -> AdmissionPolicyReader.load(badClass.toString()))
                .hasMessageStartingWith("c.yaml: classes: 'PRIVATE' is not a class");
        Path missing = Files.writeString(dir.resolve("d.yaml"), "classes: [HUKOU]\n");
        assertThatThrownBy(() -> AdmissionPolicyReader.load(missing.toString()))
                .hasMessageStartingWith("d.yaml: specialPriorities: is missing");
        assertThatThrownBy(() -> AdmissionPolicyReader.load("anhui"))
                .hasMessageContaining("not a shipped admission policy");
    }
}
