package org.edubalance.planning.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.junit.jupiter.api.Test;

/** What the water levels ask of one school (docs/planning/investment.md §3.3), on figures worked by hand. */
class LevelPullTest {
    private static final InvestmentKind GROUND = InvestmentKind.BUILD_SPORTS_GROUND;
    private static final double PRICE = 400;
    private static final Map<InvestmentKind, Cover> COVERS = Map.of(
            GROUND, new Cover(List.of(new InvestmentAction("build_sports_ground", GROUND, "m²", PRICE, 1, "test"))));

    /**
     * One part with half the school's ground, 400 students and 5 m² each, under the level 10 with tilt 4: it must end
     * at {@code 10 − 4·(1/0.5 − 1) = 6} m² per student, that is {@code (6 − 5)·400 ÷ 0.5 = 800} m² bought.
     */
    @Test
    void onePartEndsAtItsLevelLoweredByTheTiltForItsShare() {
        var site = new LevelPull.Site(GROUND, 0, "PRIMARY sports", 0.5, 5, 1, 400);
        var pull = new LevelPull(List.of(site), Map.of("PRIMARY sports", new WaterLevels.Floor(10, 4)), COVERS);

        assertThat(pull.amount(GROUND, 0)).isEqualTo(800);
    }

    /**
     * Two parts of one ground, each under its own level: the amount is where buying one more square metre saves less
     * in the levels' cost than its price — {@code 0.15·(9 − 0.002a) + 0.1333·(9 − 0.002a) = 1}, {@code a = 2,735.3},
     * so 2,736 m² (rounded up) — and more than either level alone asks (alone, the primary part would end at {@code 10 − 4·(1/0.6 − 1) = 7.33}, 1,167 m², the junior at
     * {@code 12 − 3·(1/0.4 − 1) = 7.5}, 750 m²), because one purchase serves both.
     */
    @Test
    void twoPartsOfOneGroundBuyOnceForBothLevels() {
        var primary = new LevelPull.Site(GROUND, 0, "PRIMARY sports", 0.6, 5, 1, 300);
        var junior = new LevelPull.Site(GROUND, 0, "JUNIOR sports", 0.4, 6, 1, 200);
        var floors = Map.of(
                "PRIMARY sports", new WaterLevels.Floor(10, 4),
                "JUNIOR sports", new WaterLevels.Floor(12, 3));
        var both = new LevelPull(List.of(primary, junior), floors, COVERS);

        long a = both.amount(GROUND, 0);

        assertThat(a).isEqualTo(2736);
        // Below it buying pays, above it not (the amount is the continuous one rounded up).
        assertThat(total(both, a - 1)).isLessThan(total(both, a - 2));
        assertThat(total(both, a + 1)).isGreaterThan(total(both, a));
        assertThat(new LevelPull(List.of(primary), floors, COVERS).amount(GROUND, 0))
                .isEqualTo(1167);
        assertThat(new LevelPull(List.of(junior), floors, COVERS).amount(GROUND, 0))
                .isEqualTo(750);
    }

    /** A level without tilt pulls nothing (the water levels never give one: they keep every tilt above 0). */
    @Test
    void aLevelWithoutTiltPullsNothing() {
        var site = new LevelPull.Site(GROUND, 0, "PRIMARY sports", 1, 5, 1, 400);
        var pull = new LevelPull(List.of(site), Map.of("PRIMARY sports", new WaterLevels.Floor(10, 0)), COVERS);

        assertThat(pull.any()).isFalse();
        assertThat(pull.pulls(GROUND, 0)).isFalse();
    }

    private static double total(LevelPull pull, long amount) {
        return PRICE * amount + pull.penalty(GROUND, 0, amount);
    }
}
