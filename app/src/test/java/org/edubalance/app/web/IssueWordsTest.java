package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.edubalance.dataimport.ImportIssueCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every import rule has its words on the pages: its name in each language, and in Chinese its sentence. */
class IssueWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyImportCodeHasATextInEachLanguage(String language) {
        ResourceBundle messages = ResourceBundle.getBundle(
                "messages",
                Locale.of(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (ImportIssueCode code : ImportIssueCode.values()) {
            assertThat(messages.containsKey("rule." + code.code()))
                    .as("rule." + code.code())
                    .isTrue();
            if (language.equals("zh")) {
                // English pages show the importer's own English message; Chinese ones word it from the code.
                assertThat(messages.containsKey("issue." + code.code()))
                        .as("issue." + code.code())
                        .isTrue();
            }
        }
    }
}
