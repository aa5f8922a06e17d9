package org.edubalance.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo loaded into an empty platform ({@code app.demo.*}).
 *
 * @param enabled whether to load the demo city (otherwise only a first {@code admin} account is created)
 * @param seed the generator's seed
 * @param lastYear the newest school year
 * @param years how many consecutive years, ending at {@code lastYear}, so that trends show
 * @param password the password of every demo account (env {@code EDUBALANCE_DEMO_PASSWORD}); blank: random ones
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(boolean enabled, long seed, int lastYear, int years, String password) {}
