package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden county (src/test/resources/golden, README there): the CLI's JSON for a real CSV file equals the
 * independent Python computation to 1e-9, for every school value, compliance flag, county value and CV.
 */
class GoldenCountyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path golden(String name) {
        try {
            return Path.of(GoldenCountyTest.class.getResource("/golden/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-2017-quality", "cn-2012-basic"})
    void evaluationEqualsTheIndependentComputation(String pack) throws IOException {
        CliRun run = CliRun.of(
                "evaluate", "--data", golden("schools.csv").toString(), "--standard", pack, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode actual = JSON.readTree(run.out());
        JsonNode expected = JSON.readTree(golden("expected-" + pack + ".json").toFile());

        assertThat(actual.path("standard").asText()).isEqualTo(pack);
        assertThat(actual.path("year").asInt()).isEqualTo(2025);
        JsonNode county = actual.path("counties").get(0);
        assertThat(county.path("code").asText()).isEqualTo("130199");

        JsonNode actualSegments = county.path("segments");
        JsonNode expectedSegments = expected.path("segments");
        assertThat(actualSegments.size()).isEqualTo(expectedSegments.size());
        for (int s = 0; s < expectedSegments.size(); s++) {
            JsonNode a = actualSegments.get(s);
            JsonNode e = expectedSegments.get(s);
            assertThat(a.path("segment").asText()).isEqualTo(e.path("segment").asText());
            assertThat(a.path("schoolCount").asInt())
                    .isEqualTo(e.path("schoolCount").asInt());
            assertThat(a.path("studentCount").asLong())
                    .isEqualTo(e.path("studentCount").asLong());
            assertThat(a.path("compliantSchools").asInt())
                    .isEqualTo(e.path("compliantSchools").asInt());
            assertThat(a.path("pass").asBoolean()).isEqualTo(e.path("pass").asBoolean());
            assertThat(a.path("compositeCv").asDouble())
                    .isCloseTo(e.path("compositeCv").asDouble(), within(1e-9));
            for (int k = 0; k < e.path("indicators").size(); k++) {
                JsonNode ai = a.path("indicators").get(k);
                JsonNode ei = e.path("indicators").get(k);
                assertThat(ai.path("id").asText()).isEqualTo(ei.path("id").asText());
                assertThat(ai.path("countyValue").asDouble())
                        .as(ei.path("id").asText())
                        .isCloseTo(ei.path("countyValue").asDouble(), within(1e-9));
                assertThat(ai.path("cv").asDouble())
                        .as(ei.path("id").asText())
                        .isCloseTo(ei.path("cv").asDouble(), within(1e-9));
            }
        }

        Map<String, JsonNode> actualSchools = new HashMap<>();
        actual.path("schools")
                .forEach(n -> actualSchools.put(
                        n.path("code").asText() + "/" + n.path("segment").asText(), n));
        assertThat(actualSchools).hasSize(expected.path("schools").size());
        for (JsonNode e : expected.path("schools")) {
            JsonNode a = actualSchools.get(
                    e.path("code").asText() + "/" + e.path("segment").asText());
            assertThat(a).as(e.path("code").asText()).isNotNull();
            assertThat(a.path("students").asInt()).isEqualTo(e.path("students").asInt());
            assertThat(a.path("metCount").asInt()).isEqualTo(e.path("metCount").asInt());
            assertThat(a.path("compliant").isNull() ? null : a.path("compliant").asBoolean())
                    .isEqualTo(
                            e.path("compliant").isNull()
                                    ? null
                                    : e.path("compliant").asBoolean());
            Iterator<Map.Entry<String, JsonNode>> values = e.path("values").fields();
            while (values.hasNext()) {
                Map.Entry<String, JsonNode> v = values.next();
                assertThat(a.path("values").path(v.getKey()).asDouble())
                        .as(e.path("code").asText() + " " + v.getKey())
                        .isCloseTo(v.getValue().asDouble(), within(1e-9));
            }
        }
    }
}
