package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.report.wording.ImportIssueWords;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every import rule has its words on the pages: its English name in the app's bundle, and its Chinese name and sentence
 * in the one Chinese source, the report's {@code issues_zh.properties} — not a second copy in the app's bundle.
 */
class IssueWordsTest {
    private final IssueWords words = new IssueWords(english());

    @Test
    void everyImportCodeHasItsEnglishNameInTheAppsBundle() throws IOException {
        Properties english = bundle("messages_en.properties");

        assertThat(Arrays.stream(ImportIssueCode.values())
                        .map(code -> "rule." + code.code())
                        .filter(key -> !english.containsKey(key)))
                .isEmpty();
    }

    @Test
    void everyImportCodeHasItsChineseNameAndSentenceInTheReportsBundleOnly() throws IOException {
        Properties chinese = bundle("messages_zh.properties");

        assertThat(Arrays.stream(ImportIssueCode.values())
                        .map(ImportIssueCode::code)
                        .filter(code -> !ImportIssueWords.hasChinese(code)))
                .isEmpty();
        assertThat(chinese.stringPropertyNames())
                .as("import issues are worded in report/…/wording/issues_zh.properties, not in messages_zh")
                .noneMatch(key -> key.startsWith("rule.IMP-") || key.startsWith("issue.IMP-"));
    }

    @Test
    void aChinesePageWordsTheIssueFromItsCodeAndAnEnglishOneShowsTheImportersMessage() {
        var issue = new IssueResponse(
                "schools.csv", null, 3, "专任教师数", "x", "IMP-030", "ERROR", "The value x is not a number.");

        String zh = words.message(issue, Locale.SIMPLIFIED_CHINESE);
        String en = words.message(issue, Locale.ENGLISH);

        assertThat(zh).isEqualTo("专任教师数 列的值“x”不是数字。");
        assertThat(en).isEqualTo("The value x is not a number.");
        assertThat(words.rule("IMP-030", Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是数字");
        assertThat(words.rule("IMP-030", Locale.ENGLISH)).isEqualTo("Not a number");
    }

    private static ResourceBundleMessageSource english() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (var in = IssueWordsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
