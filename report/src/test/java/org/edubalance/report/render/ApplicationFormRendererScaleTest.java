package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.report.equity.EvaluationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the workbook of a synthetic nation (about 230,000 school segments) and reports the time and heap it took.
 * Slow, so it runs only with {@code -Dslowly=true}; the figures go to {@code target/scale-measurement.properties}.
 * "Peak" sums each heap pool's peak, an upper bound of the true peak.
 */
@EnabledIfSystemProperty(named = "slowly", matches = "true")
class ApplicationFormRendererScaleTest {
    private static final long SEED = 20_250_901L;
    /** Where the measurements are kept (the module's build directory; surefire runs in the module directory). */
    private static final Path MEASUREMENT = Path.of("target", "scale-measurement.properties");

    @TempDir
    Path dir;

    @Test
    void writesANationScaleWorkbookInBoundedTimeAndMemory(TestReporter reporter) throws IOException {
        int year = 2025;
        DemoData data = new DemoDataGenerator(SEED).generate(DemoScale.NATION, year);
        Evaluation evaluation = new YearEvaluator(StandardCatalogue.shipped("cn-2017-quality"))
                .evaluate(data.schools(), year, Map.of());
        Map<RegionCode, GapAnalysis> gaps = EvaluationFixtures.gaps(evaluation);
        long retained = usedHeapAfterGc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        Path file = dir.resolve("nation.xlsx");
        long start = System.nanoTime();
        new ApplicationFormRenderer(Locale.SIMPLIFIED_CHINESE).write(evaluation, gaps, file);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long shortfalls =
                gaps.values().stream().mapToLong(g -> g.shortfalls().size()).sum();
        Map<String, String> measured = new LinkedHashMap<>();
        measured.put("school.rows", Integer.toString(evaluation.schools().size()));
        measured.put("shortfall.rows", Long.toString(shortfalls));
        measured.put("write.ms", Long.toString(took.toMillis()));
        measured.put("heap.retained.before.write.mb", Long.toString(retained >> 20));
        measured.put("heap.peak.during.write.mb", Long.toString(peak >> 20));
        measured.put("heap.max.mb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        measured.put("file.mb", Long.toString(Files.size(file) >> 20));
        measured.forEach(reporter::publishEntry);
        Files.createDirectories(MEASUREMENT.getParent());
        Files.write(
                MEASUREMENT,
                measured.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
        assertThat(evaluation.schools()).hasSizeGreaterThan(200_000);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
