package org.edubalance.dataimport.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostsReaderTest {
    @TempDir
    Path dir;

    private static final String HEADER = "action,indicator,unit,unit_cost_yuan,step,source\n";

    private Path file(String rows) throws IOException {
        Path f = dir.resolve("costs.csv");
        Files.writeString(f, HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theShippedFileHasOneDefaultActionPerIndicator() {
        CostTable costs = CostsReader.shipped();
        assertThat(costs.actions()).hasSize(7);
        for (InvestmentKind kind : InvestmentKind.values()) {
            assertThat(costs.action(kind.defaultAction()).orElseThrow().kind()).isEqualTo(kind);
        }
        assertThat(costs.action("build_teaching_space").orElseThrow().unitCostYuan())
                .isEqualTo(3500.0);
        assertThat(costs.action("buy_equipment").orElseThrow().step()).isEqualTo(1000L);
        assertThat(costs.action("hire_qualified_teacher").orElseThrow().stepCost())
                .isEqualTo(120000.0);
    }

    @Test
    void aBureauRowAddsAnotherActionForAListedIndicator() throws IOException {
        CostTable costs = CostsReader.read(file("build_sports_ground,sports_area_per_student,m²,400,1,default\n"
                + "rent_sports_ground,sports_area_per_student,m²,150,100,county contract\n"));
        assertThat(costs.byKind().get(InvestmentKind.BUILD_SPORTS_GROUND))
                .extracting(a -> a.name())
                .containsExactly("build_sports_ground", "rent_sports_ground");
        assertThat(costs.action("rent_sports_ground").orElseThrow().stepCost()).isEqualTo(15000.0);
    }

    @Test
    void anUnknownIndicatorIsLocated() throws IOException {
        Path f = file("build_sports_ground,sports_area_per_student,m²,400,1,x\nbuild_pool,pool_area,m²,900,1,x\n");
        assertThatThrownBy(() -> CostsReader.read(f))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(f + ", row 3, column indicator, value \"pool_area\"")
                .hasMessageContaining("sports_area_per_student");
    }

    @Test
    void aNegativeOrMissingCostIsLocated() throws IOException {
        Path negative = file("buy_equipment,equipment_value_per_student,yuan,-1,1000,x\n");
        assertThatThrownBy(() -> CostsReader.read(negative))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(
                        "row 2, column unit_cost_yuan, value \"-1\": a cost is a number of yuan, 0 or more");
        Path missing = file("buy_equipment,equipment_value_per_student,yuan,,1000,x\n");
        assertThatThrownBy(() -> CostsReader.read(missing))
                .hasMessageContaining("row 2, column unit_cost_yuan, value \"\": the value is required");
    }

    @Test
    void aNonPositiveStepIsLocated() throws IOException {
        Path f = file("equip_multimedia_room,multimedia_rooms_per100,room,60000,0,x\n");
        assertThatThrownBy(() -> CostsReader.read(f))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("row 2, column step, value \"0\": a step is a whole number above 0");
    }

    /** A page words a refusal in its reader's language from its parts, never from the English message. */
    @Test
    void aRefusalSaysItsPartsApartFromItsMessage() throws IOException {
        Path negative = file("build_sports_ground,sports_area_per_student,m²,-400,1,x\n");
        assertThatThrownBy(() -> CostsReader.read(negative)).isInstanceOfSatisfying(CostsRefusedException.class, e -> {
            assertThat(e.rule()).isEqualTo(CostsRefusedException.Rule.COST);
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("unit_cost_yuan");
            assertThat(e.value()).isEqualTo("-400");
        });
        Path twice = file("build_sports_ground,sports_area_per_student,m²,400,1,x\n"
                + "build_sports_ground,sports_area_per_student,m²,450,1,y\n");
        assertThatThrownBy(() -> CostsReader.read(twice)).isInstanceOfSatisfying(CostsRefusedException.class, e -> {
            assertThat(e.rule()).isEqualTo(CostsRefusedException.Rule.TWICE);
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.value()).isEqualTo("build_sports_ground");
        });
        Path noStep = dir.resolve("no-step.csv");
        Files.writeString(noStep, "action,indicator,unit,unit_cost_yuan\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CostsReader.read(noStep)).isInstanceOfSatisfying(CostsRefusedException.class, e -> {
            assertThat(e.rule()).isEqualTo(CostsRefusedException.Rule.MISSING_COLUMN);
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("step");
        });
    }
}
