package org.edubalance.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.app.zoning.ZoningForecasts;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo opens a zoning study of its first county (docs/planning/zoning.md, "Platform"): the demo's blocks, their
 * adjacency and polygons, the seats and the zones in force of grade 1 as {@code edubalance demo} writes them, read by
 * the same upload step a planner takes; its seat forecast shows on the county dashboard.
 */
class DemoZoningIT {

    @Test
    void theDemoOpensAZoningStudyOfItsFirstCounty(@TempDir Path dataDir) {
        try (var app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=2",
                        "--app.demo.rounds=false",
                        "--app.demo.investment=false",
                        "--app.demo.zoning=true",
                        "--app.planning.run-jobs=false")) {
            RegionCode first = app.getBean(Regions.class).counties().stream()
                    .map(c -> c.code())
                    .min(Comparator.comparing(RegionCode::value))
                    .orElseThrow();
            List<ZoningStudy> studies = app.getBean(ZoningStudies.class).ofCounty(first);
            assertThat(studies).hasSize(1);
            ZoningStudy study = app.getBean(ZoningStudies.class)
                    .find(studies.getFirst().id())
                    .orElseThrow();
            assertThat(study.grade()).isEqualTo(EntryGrade.G1);
            assertThat(study.year()).isEqualTo(2025);
            assertThat(study.policy()).isEqualTo("national");
            assertThat(study.files())
                    .extracting(StudyFile::fileName)
                    .containsExactly(
                            "schools.csv",
                            "blocks.csv",
                            "adjacency.csv",
                            "polygons.geojson",
                            "seats.csv",
                            "zones.csv",
                            "block_zones.csv");
            long blocks = JdbcClient.create(app.getBean(DataSource.class))
                    .sql("select count(*) from zoning_block where study_id = :id")
                    .param("id", study.id())
                    .query(Long.class)
                    .single();
            assertThat(blocks).as("the demo's 500–1,700 blocks of a county").isBetween(500L, 1700L);

            var panels = app.getBean(ZoningForecasts.class).county(first.value(), Locale.ENGLISH);
            assertThat(panels).extracting(ZoningForecasts.Panel::grade).containsExactly("G1");
            assertThat(panels.getFirst().chartJson()).contains("\"kind\":\"forecast\"");
            assertThat(panels.getFirst().approvedFor())
                    .as("nothing approved: the zones in force")
                    .isNull();
        }
    }
}
