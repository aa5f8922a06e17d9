package org.edubalance.app.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.edubalance.core.standard.Condition;
import org.edubalance.core.standard.SchoolCheckKind;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class StandardPageControllerTest {

    @Test
    void showsThe2017PackWithItsPerSchoolRuleAndLimitsPerIndicator() {
        StandardView view = StandardPageController.view(StandardCatalogue.shipped("cn-2017-quality"), Locale.CHINESE);

        assertThat(view.composite()).isFalse();
        assertThat(view.cvLimitPrimary()).isEqualTo(0.50);
        assertThat(view.cvLimitJunior()).isEqualTo(0.45);
        assertThat(view.indicators())
                .hasSize(7)
                .allSatisfy(i -> assertThat(i.primary()).isNotNull());
        assertThat(view.schoolRule()).isEqualTo(new StandardView.SchoolRuleRow(6, 7, 85));
        assertThat(view.items())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.conditions()).isNotEmpty());
    }

    @Test
    void showsThe2012PackAsACompositeTestWithoutPerSchoolStandards() {
        StandardView view = StandardPageController.view(StandardCatalogue.shipped("cn-2012-basic"), Locale.ENGLISH);

        assertThat(view.composite()).isTrue();
        assertThat(view.schoolRule()).isNull();
        assertThat(view.indicators())
                .hasSize(8)
                .allSatisfy(i -> assertThat(i.primary()).isNull());
    }

    @Test
    void writesConditionsAsFormulasOverTheCountyInputs() {
        assertThat(StandardPageController.condition(new Condition.InputAtLeast("training_360h_rate", 1.0)))
                .isEqualTo("training_360h_rate ≥ 1");
        assertThat(StandardPageController.condition(
                        new Condition.InputRatioAtLeast("teachers_rotated", "teachers_eligible_for_rotation", 0.1)))
                .isEqualTo("teachers_rotated ÷ teachers_eligible_for_rotation ≥ 0.1");
        assertThat(StandardPageController.condition(new Condition.InputBelow("x", 0.5, true)))
                .isEqualTo("x ≤ 0.5");
        assertThat(StandardPageController.condition(new Condition.SchoolCheck(
                        SchoolCheckKind.CLASS_SIZE, Map.of("primaryMax", 45.0, "juniorMax", 50.0))))
                .isEqualTo("CLASS_SIZE (juniorMax = 50, primaryMax = 45)");
    }
}
