package org.edubalance.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.edubalance.core.planning.PlanningJobFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code a failed job stores is worded on the pages in each language, the Chinese without English words. */
class JobErrorWordsTest {

    @ParameterizedTest
    @EnumSource(PlanningJobFailure.Code.class)
    void everyFailureCodeHasItsWordsInChineseAndEnglish(PlanningJobFailure.Code code) throws IOException {
        String key = "job.error." + code.name();

        String zh = bundle("messages_zh.properties").getProperty(key);
        String en = bundle("messages_en.properties").getProperty(key);

        assertThat(zh).as(key).isNotBlank().doesNotContainPattern("[A-Za-z]");
        assertThat(en).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (var in = JobErrorWordsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
