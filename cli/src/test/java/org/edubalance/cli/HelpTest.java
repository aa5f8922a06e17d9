package org.edubalance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command lists of {@code edubalance --help} and {@code edubalance plan --help} show one complete short sentence
 * per command, on one line of the list (picocli lists only the first element of a description, so a sentence spread
 * over several elements was cut off there), and {@code help COMMAND} shows the full description.
 */
class HelpTest {
    private static final Pattern COMMAND_LINE = Pattern.compile("^  (\\S+)\\s{2,}(\\S.*)$");

    @Test
    void everyCommandOfTheListHasACompleteSentence() {
        Map<String, String> summaries = commandList(CliRun.of("--help").out());

        assertThat(summaries)
                .containsOnlyKeys(
                        "serve", "evaluate", "report", "demo", "template", "plan", "lottery", "forecast", "help");
        assertThat(summaries)
                .allSatisfy((name, summary) -> assertThat(summary)
                        .as("summary of %s", name)
                        .doesNotContain("\n")
                        .endsWith(".")
                        .doesNotContain(" .")
                        .doesNotEndWith(", the.")
                        .matches("[A-Z].*"));
        assertThat(summaries.get("evaluate")).doesNotEndWith("enrolment-weighted");
    }

    @Test
    void theRotationPlannerHasACompleteSentenceInThePlanList() {
        Map<String, String> summaries = commandList(CliRun.of("plan", "--help").out());

        assertThat(summaries).containsKey("rotation");
        assertThat(summaries.get("rotation")).doesNotContain("\n").endsWith(".").matches("[A-Z].*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "evaluate", "report", "demo", "template", "plan", "lottery"})
    void helpForACommandStartsWithItsSummaryAndGoesOn(String command) {
        String summary = commandList(CliRun.of("--help").out()).get(command);
        CliRun run = CliRun.of("help", command);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String description = description(run.out());
        assertThat(description).startsWith(summary);
        assertThat(description.length())
                .as("the full description says more than the summary")
                .isGreaterThan(summary.length() + 20);
    }

    @Test
    void theFullDescriptionKeepsTheDetailsTheListLeavesOut() {
        assertThat(description(CliRun.of("help", "evaluate").out()))
                .contains("per-school compliance")
                .contains("enrolment-weighted")
                .contains("评估");
        assertThat(description(CliRun.of("plan", "rotation", "--help").out()))
                .contains("independent checker")
                .contains("交流轮岗");
    }

    @Test
    void helpNamesOnlyDocumentsOfTheRepository() {
        for (String command : List.of("serve", "evaluate", "report", "demo", "template", "plan", "lottery")) {
            assertThat(CliRun.of("help", command).out())
                    .as(command)
                    .doesNotContainPattern("(?<!docs/)(standards|data-formats|planning-methods|style)\\.md");
        }
    }

    /** The "Commands:" section as name → summary; a summary wrapped onto more lines keeps its line breaks. */
    private static Map<String, String> commandList(String usage) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String[] lines = usage.split("\\R");
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("Commands:")) {
                start = i + 1;
            }
        }
        assertThat(start).as("a Commands: section in%n%s", usage).isPositive();
        String current = null;
        for (int i = start; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = COMMAND_LINE.matcher(lines[i]);
            if (m.matches()) {
                current = m.group(1);
                summaries.put(current, m.group(2).strip());
            } else if (current != null) {
                summaries.merge(current, lines[i].strip(), (a, b) -> a + "\n" + b);
            }
        }
        return summaries;
    }

    /** The description of a command's usage: the unindented lines after the synopsis, joined. */
    private static String description(String usage) {
        List<String> text = new ArrayList<>();
        String[] lines = usage.split("\\R");
        int i = 0;
        while (i < lines.length && !lines[i].startsWith("Usage:")) {
            i++;
        }
        i++;
        while (i < lines.length && lines[i].startsWith(" ")) {
            i++; // the synopsis, wrapped
        }
        for (;
                i < lines.length && !lines[i].isBlank() && !lines[i].startsWith(" ") && !lines[i].equals("Commands:");
                i++) {
            text.add(lines[i].strip());
        }
        return String.join(" ", text);
    }
}
