package org.edubalance.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.chineseBeyond;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county dashboard in one language: in Chinese no English sentence (the engine's findings are worded on the
 * page; ids, codes and units stay), in English no Chinese but names and the language switch's own "中文".
 */
@PlatformTest
class DashboardLanguageIT {
    private final int port;
    private final List<String> counties;
    private final Set<String> names = new LinkedHashSet<>();

    @Autowired
    DashboardLanguageIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.port = port;
        this.counties = jdbc.sql("select distinct county_code from school_year where year = 2025 order by 1")
                .query(String.class)
                .list();
        names.addAll(jdbc.sql("select name from region").query(String.class).list());
        names.addAll(jdbc.sql("select distinct school_name from school_year")
                .query(String.class)
                .list());
        names.add("中文");
    }

    @Test
    void theChineseCountyDashboardHasNoEnglishSentence() {
        PageSession inspector = PageSession.signIn(port, "inspector");
        StringBuilder reasons = new StringBuilder();
        for (String county : counties) {
            String text = visibleText(
                    inspector.get("/dashboard/" + county + "?year=2025&lang=zh").body());
            assertThat(englishSentences(text)).as(county + "\n" + text).isEmpty();
            reasons.append(text);
        }
        // The demo city has failing segments, so the pages carry the engine's reasons, in Chinese.
        assertThat(reasons).contains("未达到校级标准");
    }

    @Test
    void theEnglishCountyDashboardHasNoChineseButNames() {
        PageSession inspector = PageSession.signIn(port, "inspector");
        for (String county : counties) {
            String text = visibleText(
                    inspector.get("/dashboard/" + county + "?year=2025&lang=en").body());
            assertThat(chineseBeyond(text, names)).as(county + "\n" + text).isEmpty();
        }
    }

    /** What a reader sees: the page without scripts, styles, tags and attribute values. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ");
    }
}
