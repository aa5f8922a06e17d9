package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.cli.evaluate.GoldenCountyTest.golden;
import static org.edubalance.core.evaluation.OneLanguage.chineseBeyond;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * The detailed text report is in one language: in Chinese no English sentence (ids such as {@code class_size}, codes
 * such as {@code CV} and units stay), in English no Chinese but the names of places and schools.
 */
class OneLanguageTextTest {
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
