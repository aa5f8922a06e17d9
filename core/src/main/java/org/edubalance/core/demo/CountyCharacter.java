package org.edubalance.core.demo;

/**
 * What a synthetic county is like as a whole, drawn once and kept for every year.
 *
 * @param primaryDrift yearly change of primary enrolment before the urban/rural shift: −5 % to 0 %, as births fall
 * @param juniorDrift yearly change of junior enrolment: −1 % to +3 %, the larger cohorts still moving up
 * @param investment how readily the county builds and buys: around 1, around 2.5 in a levelled-up county
 * @param fundingLevel public funds relative to the 650 / 850 yuan benchmark (docs/standards.md §5.4): 0.95–1.3
 * @param trainingShare training funds as a share of public funds: 5–7.5 %, under the 5 % the quality items ask for
 *     in one county in ten
 * @param leftBehindLevel how much of a labour-exporting county it is (0.3–1.5): scales left-behind children
 * @param smallSchoolsFundedAs100 whether schools under 100 students are funded as 100 (docs/standards.md §5.4)
 * @param uncertifiedTeachers whether a few schools have a teacher without a teaching certificate (one county in ten)
 * @param levelledUp whether the county has brought every school up to the 2017 resource thresholds and the
 *     school-level government-guarantee checks (class and school size, music and art rooms, small-school funds,
 *     certificates, training funds), as the 188 counties of the first national batch had (docs/standards.md §1, about 7 %
 *     of counties); one county in eight, so that after county inputs about that share of demo counties can pass
 * @param resourceLevel scales the medians of resource factors: about 1, 1.15–1.3 in a levelled-up county
 * @param resourceSpread scales the spread of resource factors: 0.9–1.2, 0.6 in a levelled-up county
 */
record CountyCharacter(
        double primaryDrift,
        double juniorDrift,
        double investment,
        double fundingLevel,
        double trainingShare,
        double leftBehindLevel,
        boolean smallSchoolsFundedAs100,
        boolean uncertifiedTeachers,
        boolean levelledUp,
        double resourceLevel,
        double resourceSpread) {

    static CountyCharacter draw(RandomDraws draws) {
        boolean levelledUp = draws.chance(1.0 / 8);
        return new CountyCharacter(
                draws.uniform(-0.05, 0.0),
                draws.uniform(-0.01, 0.03),
                draws.logNormal(levelledUp ? 2.5 : 1, 0.3),
                draws.chance(0.1) ? draws.uniform(0.95, 1.0) : draws.uniform(1.0, 1.3),
                !levelledUp && draws.chance(0.1) ? draws.uniform(0.035, 0.049) : draws.uniform(0.05, 0.075),
                draws.uniform(0.3, 1.5),
                levelledUp || draws.chance(0.9),
                !levelledUp && draws.chance(0.1),
                levelledUp,
                levelledUp ? draws.uniform(1.15, 1.3) : draws.logNormal(1, 0.07),
                levelledUp ? 0.6 : draws.uniform(0.9, 1.2));
    }

    /** A school's resource factor: log-normal around {@code median} and {@code sigma}, as this county shifts them. */
    double resourceFactor(RandomDraws draws, double median, double sigma) {
        double factor = draws.logNormal(median * resourceLevel, sigma * resourceSpread);
        return levelledUp ? Math.max(factor, draws.uniform(1.02, 1.1)) : factor;
    }
}
