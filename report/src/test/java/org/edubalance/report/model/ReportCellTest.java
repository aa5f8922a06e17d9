package org.edubalance.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCellTest {

    @ParameterizedTest
    @CsvSource({
        "2.675, 2, 2.68",
        "1.005, 2, 1.01",
        "0.5153, 2, 0.52",
        "0.5153, 3, 0.515",
        "0.0005, 3, 0.001",
        "-1.005, 2, -1.01",
        "58.503778, 2, 58.50",
        "2000, 2, 2000.00"
    })
    void numberIsStoredRoundedHalfUpToItsScale(double value, int scale, double shown) {
        assertThat(ReportCell.number(value, scale)).isEqualTo(new ReportCell.Numeric(shown, scale));
    }

    @Test
    void undefinedNumberIsShownAsDash() {
        assertThat(ReportCell.number(Double.NaN, 3)).isEqualTo(ReportCell.text("—"));
        assertThat(ReportCell.number(Double.POSITIVE_INFINITY, 2)).isEqualTo(ReportCell.text("—"));
    }

    @Test
    void integerHasScaleZero() {
        assertThat(ReportCell.integer(166)).isEqualTo(new ReportCell.Numeric(166, 0));
    }

    @Test
    void rejectsScaleOutsideZeroToTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportCell.number(1, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportCell.Numeric(1, -1));
    }
}
