package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest
    @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "20, 二十", "35, 三十五", "99, 九十九"})
    void spellsNumbersInChinese(int number, String expected) {
        assertThat(PlaceNames.chineseNumber(number)).isEqualTo(expected);
    }

    @Test
    void spellsOnlyOneToNinetyNine() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlaceNames.chineseNumber(0));
        assertThatIllegalArgumentException().isThrownBy(() -> PlaceNames.chineseNumber(100));
    }

    @Test
    void neverRepeatsAName() {
        PlaceNames names = new PlaceNames(new RandomDraws(1));
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 2_000; i++) {
            assertThat(seen.add(i % 2 == 0 ? names.stem() : names.villageStem()))
                    .isTrue();
        }
        assertThat(seen).allSatisfy(name -> assertThat(name).hasSize(2));
    }
}
