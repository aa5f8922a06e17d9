package org.edubalance.app.demo;

import org.edubalance.core.demo.DemoScale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo loaded into an empty platform ({@code app.demo.*}).
 *
 * @param enabled whether to load the demo city (otherwise only a first {@code admin} account is created)
 * @param seed the generator's seed
 * @param lastYear the newest school year
 * @param years how many consecutive years, ending at {@code lastYear}, so that trends show
 * @param password the password of every demo account (env {@code EDUBALANCE_DEMO_PASSWORD}); blank: random ones
 * @param scale how much to load: the demo city (default) or, for load tests, the demo province (env {@code
 *     APP_DEMO_SCALE=province}, about 7,000 schools a year)
 * @param rounds whether the demo also opens an admission round of its first county (drawn, its job queued, awaiting
 *     approval) and an exam admission round of its first city (committed, awaiting its public value), so the
 *     enrolment pages have something to show on a first start
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(
        boolean enabled, long seed, int lastYear, int years, String password, DemoScale scale, boolean rounds) {
    public DemoProperties {
        if (scale == null) {
            scale = DemoScale.CITY;
        }
    }
}
