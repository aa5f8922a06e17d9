package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's own refusals of real policy files, parsed back into key, rule and value for the page: if the reader
 * rewords a problem, this fails rather than the page showing a rule it does not know.
 */
class PairingPolicyProblemTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "extends: national\\nradius: 3|radius|unknown|",
                "mentorMinStrength: 1.2|menteeMaxStrength|missing|",
                "extends: national\\nmaxDistanceKm: -5|maxDistanceKm|number|-5",
                "extends: national\\nmentorMinStrength: 2.5|mentorMinStrength|cap|2.5",
                "extends: national\\nmaxMenteesPerMentor: 0|maxMenteesPerMentor|whole|0",
                "extends: national\\nmaxDistanceKm: 0|maxDistanceKm|zero|",
                "extends: national\\nurbanRuralOnly: perhaps|urbanRuralOnly|bool|perhaps",
                "extends: anhui|extends|extends|anhui",
                "- a list|''|document|",
                "extends: national\\ngroupMinSize: 1|groupMinSize|groupMinSize|1",
                "extends: national\\ngroupMinSize: 4\\ngroupMaxSize: 3|groupMaxSize|groupMaxSize|3",
                "extends: national\\ngroupMinMeanStrength: 2.5|groupMinMeanStrength|groupCap|2.5",
            })
    void eachRefusalNamesItsKeyAndRule(String yaml, String key, String rule, String value) throws IOException {
        PairingPolicyProblem problem = PairingPolicyProblem.of(refusal(yaml.replace("\\n", "\n")));
        assertThat(problem.key()).isEqualTo(key);
        assertThat(problem.rule()).isEqualTo(rule);
        if (value != null) {
            assertThat(problem.detail()).isEqualTo(value);
        }
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws IOException {
        PairingPolicyProblem problem = PairingPolicyProblem.of(refusal("extends: national\nmaxDistanceKm: [3\n"));
        assertThat(problem.rule()).isEqualTo("syntax");
        assertThat(problem.key()).matches("\\d+:\\d+");
    }

    private InvalidPolicyException refusal(String yaml) throws IOException {
        Path file = dir.resolve(PairingProposals.UPLOADED);
        Files.writeString(file, yaml);
        return catchThrowableOfType(InvalidPolicyException.class, () -> PairingPolicyReader.load(file.toString()));
    }
}
