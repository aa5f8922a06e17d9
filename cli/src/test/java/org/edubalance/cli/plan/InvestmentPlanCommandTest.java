package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan investment} end to end on src/test/resources/investment/schools.csv: the worked example of
 * docs/planning/investment.md §6 (data year 2025, one 2024 row besides). With the shipped costs and cn-2017-quality
 * the least cost is 331,000 yuan: train 1 backbone teacher at 3710020001 (30,000); at 3710020002 hire 1 qualified
 * teacher (120,000), build 75 m² of sports ground (30,000) and equip 1 multimedia room (60,000); at 3710020003 buy
 * 91,000 yuan of equipment (the junior part of the nine-year school gets 110/260 of it).
 */
class InvestmentPlanCommandTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path sample() {
        try {
            return Path.of(InvestmentPlanCommandTest.class
                    .getResource("/investment/schools.csv")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun investment(String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "investment", "--data", sample().toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theWorkedExampleAsJsonWithExactlyTheContractKeys() throws IOException {
        Path out = dir.resolve("plan.json");
        CliRun run = investment("--year", "2025", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode plan = JSON.readTree(out.toFile());
        assertThat(fieldNames(plan))
                .containsExactly(
                        "kind",
                        "standard",
                        "year",
                        "goal",
                        "budget",
                        "budgetPerYear",
                        "status",
                        "totalCost",
                        "bound",
                        "gap",
                        "actions",
                        "counties");
        assertThat(plan.get("kind").asText()).isEqualTo("investment");
        assertThat(plan.get("standard").asText()).isEqualTo("cn-2017-quality");
        assertThat(plan.get("goal").asText()).isEqualTo("compliance");
        assertThat(plan.get("budget").isNull()).isTrue();
        assertThat(plan.get("budgetPerYear").isNull()).isTrue();
        assertThat(plan.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(plan.get("totalCost").asLong()).isEqualTo(331_000);
        assertThat(plan.get("bound").asLong()).isEqualTo(331_000);
        assertThat(plan.get("gap").asDouble()).isZero();
        JsonNode first = plan.get("actions").get(0);
        assertThat(fieldNames(first)).containsExactly("schoolCode", "segment", "action", "quantity", "cost");
        List<String> actions = new ArrayList<>();
        plan.get("actions")
                .forEach(a -> actions.add(a.get("schoolCode").asText() + " "
                        + a.get("segment").asText() + " " + a.get("action").asText() + " "
                        + a.get("quantity").asLong() + " " + a.get("cost").asLong()));
        assertThat(actions)
                .containsExactly(
                        "3710020001 PRIMARY train_backbone_teacher 1 30000",
                        "3710020002 PRIMARY hire_qualified_teacher 1 120000",
                        "3710020002 null build_sports_ground 75 30000",
                        "3710020002 null equip_multimedia_room 1 60000",
                        "3710020003 null buy_equipment 91000 91000");
        JsonNode county = plan.get("counties").get(0);
        assertThat(fieldNames(county))
                .containsExactly("code", "cost", "compliantBefore", "compliantAfter", "cvBefore", "cvAfter");
        assertThat(county.get("compliantBefore").toString()).isEqualTo("{\"PRIMARY\":1,\"JUNIOR\":0}");
        assertThat(county.get("compliantAfter").toString()).isEqualTo("{\"PRIMARY\":3,\"JUNIOR\":1}");
        assertThat(county.get("cvAfter")
                        .get("PRIMARY")
                        .get("sports_area_per_student")
                        .asDouble())
                .isLessThanOrEqualTo(0.5);
        assertThat(run.out()).contains("OPTIMAL, total 331000 yuan").contains("primary 1 -> 3, junior 0 -> 1");
    }

    @Test
    void theAfterFileKeepsEveryRowAndEvaluatesAsCompliant() throws IOException {
        Path out = dir.resolve("plan.json");
        Path after = dir.resolve("after.csv");
        CliRun run = investment("--year", "2025", "--out", out.toString(), "--after", after.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(after, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        // The 2024 row is unchanged: still no backbone teacher.
        Path evaluatedBefore = dir.resolve("before.json");
        CliRun evaluate = CliRun.of(
                "evaluate",
                "--data",
                after.toString(),
                "--year",
                "2025",
                "--format",
                "json",
                "--out",
                dir.resolve("after.json").toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCodes.OK);
        JsonNode evaluation = JSON.readTree(dir.resolve("after.json").toFile());
        List<Boolean> compliant = new ArrayList<>();
        evaluation.get("schools").forEach(s -> compliant.add(s.get("compliant").asBoolean()));
        assertThat(compliant).hasSize(4).containsOnly(true);
        CliRun old = CliRun.of(
                "evaluate",
                "--data",
                after.toString(),
                "--year",
                "2024",
                "--format",
                "json",
                "--out",
                evaluatedBefore.toString());
        assertThat(old.exitCode()).as(old.err()).isEqualTo(ExitCodes.OK);
        JsonNode oldYear = JSON.readTree(evaluatedBefore.toFile());
        assertThat(oldYear.get("schools").get(0).get("compliant").asBoolean()).isFalse();
    }

    @Test
    void aBudgetBuysTheMostCompliantSegments() throws IOException {
        Path out = dir.resolve("plan.json");
        CliRun run = investment("--year", "2025", "--budget", "250000", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode plan = JSON.readTree(out.toFile());
        assertThat(plan.get("goal").asText()).isEqualTo("budget");
        assertThat(plan.get("budget").asLong()).isEqualTo(250_000);
        assertThat(plan.get("bound").asLong()).isEqualTo(3);
        assertThat(plan.get("totalCost").asLong()).isEqualTo(121_000);
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy() throws IOException {
        CliRun poor = investment(
                "--year",
                "2025",
                "--budget",
                "20000",
                "--out",
                dir.resolve("p.json").toString());
        assertThat(poor.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(poor.err()).contains("20000 yuan is below 30000 yuan");
        Path costs = dir.resolve("costs.csv");
        Files.writeString(
                costs,
                "action,indicator,unit,unit_cost_yuan,step,source\n" + "build_pool,pool_area,m²,900,1,x\n",
                StandardCharsets.UTF_8);
        CliRun badCosts = investment(
                "--year",
                "2025",
                "--costs",
                costs.toString(),
                "--out",
                dir.resolve("q.json").toString());
        assertThat(badCosts.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badCosts.err()).contains("row 2, column indicator, value \"pool_area\"");
        CliRun noYear = investment("--out", dir.resolve("r.json").toString());
        assertThat(noYear.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noYear.err()).contains("--year");
        assertThat(dir.resolve("p.json")).doesNotExist();
    }

    @Test
    void noPlanIsExplainedInTheCommandsLanguage() throws IOException {
        // Costs that can only train backbone teachers: 3710020002 also lacks multimedia rooms, which nothing buys.
        Path costs = dir.resolve("backbone-only.csv");
        Files.writeString(
                costs,
                "action,indicator,unit,unit_cost_yuan,step,source\n"
                        + "train_backbone_teacher,backbone_teachers_per100,teacher,30000,1,x\n",
                StandardCharsets.UTF_8);

        CliRun en = investment(
                "--year",
                "2025",
                "--costs",
                costs.toString(),
                "--out",
                dir.resolve("en.json").toString());
        CliRun zh = investment(
                "--year",
                "2025",
                "--costs",
                costs.toString(),
                "--out",
                dir.resolve("zh.json").toString(),
                "--lang",
                "zh");

        assertThat(en.exitCode()).as(en.err()).isEqualTo(ExitCodes.OK);
        assertThat(en.out())
                .contains("goal compliance: INFEASIBLE")
                .contains("No plan: school 3710020002, primary: no action of the costs raises multimedia rooms per"
                        + " 100 students.");
        assertThat(zh.out())
                .contains("目标 全部达标的最少投入：不存在可行方案")
                .contains("无方案：学校 3710020002（小学）：成本文件中没有能提升“每百名学生拥有网络多媒体教室数”的措施。")
                .doesNotContain("no-action")
                .doesNotContain("INFEASIBLE");
    }

    @Test
    void theWorkbookInChinese() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        CliRun run = investment("--year", "2025", "--out", out.toString(), "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("措施");
            assertThat(book.getSheetName(1)).isEqualTo("按措施汇总");
            assertThat(book.getSheetName(2)).isEqualTo("按县汇总");
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
            assertThat(text).contains("3710020003").contains("buy_equipment").contains("371002");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
