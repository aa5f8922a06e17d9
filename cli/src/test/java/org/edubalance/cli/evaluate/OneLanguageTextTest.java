package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.cli.evaluate.GoldenCountyTest.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * The detailed text report is in one language: in Chinese no English sentence (ids such as {@code class_size}, codes
 * such as {@code CV} and units stay), in English no Chinese but the names of places and schools.
 */
class OneLanguageTextTest {
    /** Three or more English words in a row; a word is a lower-case run, so ids (with _ or digits) and codes break it. */
    static final Pattern ENGLISH_SENTENCE =
            Pattern.compile("(?<![\\w])[A-Za-z][a-z]+(?:[\\s,;:'’()/-]+[A-Za-z][a-z]+){2,}(?![\\w])");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

    static List<String> englishSentences(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH_SENTENCE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Chinese left after the names are taken out, longest names first. */
    static List<String> chineseBeyond(String text, Set<String> names) {
        String rest = text;
        for (String name : names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            rest = rest.replace(name, "");
        }
        List<String> found = new ArrayList<>();
        Matcher m = CHINESE.matcher(rest);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theChineseTextHasNoEnglishSentence() {
        CliRun run = CliRun.of(
                "evaluate",
                "--data",
                golden("schools.csv").toString(),
                "--inputs",
                golden("county-inputs.csv").toString(),
                "--lang",
                "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // The golden county fails items on its schools' rows and a segment on its CVs: there are findings to word.
        assertThat(run.out()).contains("差异系数").contains("所学校");
        assertThat(englishSentences(run.out())).as(run.out()).isEmpty();
    }

    @Test
    void theEnglishTextHasNoChineseButNames() throws IOException {
        CliRun run = CliRun.of(
                "evaluate",
                "--data",
                golden("schools.csv").toString(),
                "--inputs",
                golden("county-inputs.csv").toString(),
                "--lang",
                "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(chineseBeyond(run.out(), names())).as(run.out()).isEmpty();
    }

    /** Every name of the golden file: province, city, county, town and school. */
    private static Set<String> names() throws IOException {
        List<String> lines = Files.readAllLines(golden("schools.csv"));
        List<String> header = List.of(lines.getFirst().split(","));
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (String column : List.of("province_name", "city_name", "county_name", "town_name", "school_name")) {
                names.add(cells[header.indexOf(column)]);
            }
        }
        names.remove("");
        return names;
    }
}
