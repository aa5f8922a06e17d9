package org.edubalance.app.config;

import java.util.Set;
import org.edubalance.app.account.AccountGate;
import org.edubalance.app.account.ApiTokenFilter;
import org.edubalance.app.account.ApiTokenService;
import org.edubalance.app.account.SameOriginWrites;
import org.edubalance.app.account.SignInGate;
import org.edubalance.app.account.SignInThrottle;
import org.edubalance.app.web.JsonSecurityErrors;
import org.edubalance.core.account.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what, enforced on the server for every endpoint. Two chains: the API ({@code /api/**}) takes personal
 * API tokens ({@code Authorization: Bearer}) and HTTP Basic, keeps no session, refuses state-changing requests sent
 * from another site and answers 401/403/429 as JSON; the pages use form sign-in with a session and CSRF tokens, and
 * every request of a session is checked against the account as stored now ({@link AccountGate}). Repeated failed
 * sign-ins are refused for a while on both ({@link SignInGate}). Principals' restriction to their own school is
 * checked per request by the services ({@code AccountDetails}); the pages' htmx requests go to the same page
 * controllers, so they pass the same rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
    private static final String[] EVERY_ROLE = {"ADMIN", "PLANNER", "INSPECTOR", "PRINCIPAL"};
    private static final String[] READ_ALL = {"ADMIN", "PLANNER", "INSPECTOR"};
    private static final String[] EDIT_ALL = {"ADMIN", "PLANNER"};
    /**
     * Pages load scripts, styles and data only from this server (WebJars included); inline scripts stay allowed for
     * the charts' set-up code. No framing (clickjacking), forms post only here.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            JsonSecurityErrors errors,
            SignInThrottle throttle,
            ApiTokenService tokens,
            UserAccounts accounts,
            @Value("${app.security.origins:}") Set<String> origins)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/account/**")
                        .authenticated()
                        .requestMatchers("/api/v1/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports/**", "/api/v1/exports/**", "/api/v1/audit/**")
                        .hasAnyRole(READ_ALL)
                        // Rotation: inspectors read (without teachers), planners and administrators also run and
                        // approve.
                        .requestMatchers(HttpMethod.GET, "/api/v1/rotation/**")
                        .hasAnyRole(READ_ALL)
                        // Enrolment rounds: planners and administrators run and publish, inspectors read, a principal
                        // reads the published result of their school (filtered by the controller).
                        .requestMatchers(
                                HttpMethod.GET, "/api/v1/enrolment-rounds/*", "/api/v1/enrolment-rounds/*/result")
                        .hasAnyRole(EVERY_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/v1/enrolment-rounds/**")
                        .hasAnyRole(READ_ALL)
                        // Zoning studies: planners and administrators create, run and approve; inspectors read.
                        // Principals see their school's zone on the pages only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/zoning-studies", "/api/v1/zoning-studies/**")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasAnyRole(EVERY_ROLE)
                        // Pairings (docs/planning/pairing-records.md): a principal may log activities of their
                        // school's pairings (the controller checks which); every other change is the editors'.
                        .requestMatchers(HttpMethod.POST, "/api/v1/counties/*/pairings/*/activities")
                        .hasAnyRole(EVERY_ROLE)
                        // A pairing proposal is a view (planners, administrators, inspectors); adopting it changes.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/counties/*/pairing-proposals",
                                "/api/v1/counties/*/group-proposals")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/schools/*/years/*")
                        .hasAnyRole("ADMIN", "PLANNER", "PRINCIPAL")
                        .requestMatchers("/api/v1/**")
                        .hasAnyRole(EDIT_ALL)
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Scripts authenticate every request (token or HTTP Basic) and keep no cookie, so there is no session
                // to forge; what a browser could still do with cached Basic credentials, another site's page sending
                // a change, SameOriginWrites refuses.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginWrites(errors, origins), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInGate(throttle, errors), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .addFilterBefore(AccountGate.forApi(accounts, errors), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http, JsonSecurityErrors errors, SignInThrottle throttle, UserAccounts accounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/signin", "/webjars/**", "/static/**", "/favicon.ico", "/error", "/ready")
                        .permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                        .permitAll()
                        // The published draws are public (docs/planning/rounds.md §4): read-only, pseudonymous ids
                        // only.
                        .requestMatchers(HttpMethod.GET, "/public/draws", "/public/draws/**")
                        .permitAll()
                        // The public zone lookup (docs/planning/zoning.md, "Platform"): approved plans only.
                        .requestMatchers(HttpMethod.GET, "/public/zones")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/import/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers(HttpMethod.POST, "/dashboard/*/boundary")
                        .hasAnyRole(EDIT_ALL)
                        // Principals see their own school only; a dashboard shows every school of a region.
                        .requestMatchers("/dashboard/**")
                        .hasAnyRole(READ_ALL)
                        // Running, locking, approving and the export (a list of teachers) are the planners'; the
                        // page itself shows inspectors the county-level summary only.
                        .requestMatchers(HttpMethod.POST, "/rotation/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/rotation/*/jobs/*/export")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/rotation/**")
                        .hasAnyRole(READ_ALL)
                        // Enrolment rounds (docs/planning/rounds.md, "Pages"): planners and administrators run and
                        // publish,
                        // inspectors read the round, its result and its downloads; a principal opens the published
                        // rounds of their county and sees only their school's admitted children there (the controller).
                        .requestMatchers(HttpMethod.POST, "/enrolment/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers(
                                "/enrolment/rounds/*/result.json",
                                "/enrolment/rounds/*/result.xlsx",
                                "/enrolment/rounds/*/explanation")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers("/enrolment", "/enrolment/**")
                        .hasAnyRole(EVERY_ROLE)
                        // Zoning (docs/planning/zoning.md, "Platform"): planners and administrators create, run and
                        // approve; inspectors read and download; a principal sees their school's zone of the approved
                        // plans of their county (the controller).
                        .requestMatchers(HttpMethod.POST, "/zoning/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers(
                                "/zoning/studies/*/zones.csv",
                                "/zoning/studies/*/block_zones.csv",
                                "/zoning/studies/*/runs/**")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers("/zoning", "/zoning/**")
                        .hasAnyRole(EVERY_ROLE)
                        // Pairings (docs/planning/pairing-records.md): planners and administrators change; a principal
                        // logs activities of their school's pairings and sees only those (the controllers check);
                        // the follow-up compares the county's schools, so it is the bureau's.
                        .requestMatchers(HttpMethod.POST, "/pairings/*/*/activities")
                        .hasAnyRole(EVERY_ROLE)
                        .requestMatchers(HttpMethod.POST, "/pairings/*/proposal", "/pairings/*/group-proposal")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers(HttpMethod.POST, "/pairings/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/pairings/*/follow-up")
                        .hasAnyRole(READ_ALL)
                        .requestMatchers("/pairings", "/pairings/**")
                        .hasAnyRole(EVERY_ROLE)
                        // Funding (docs/planning/funding.md, "Platform"): planners and administrators upload policies
                        // and
                        // export; inspectors read; a principal sees their school's row only (the controller).
                        .requestMatchers(HttpMethod.POST, "/funding/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/funding/*/export")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/funding", "/funding/**")
                        .hasAnyRole(EVERY_ROLE)
                        // Investment (docs/planning/investment.md, "On the platform"): planners and administrators
                        // run and try changes; inspectors read; a principal sees their school's actions only (the
                        // controllers).
                        .requestMatchers(HttpMethod.POST, "/investment/**")
                        .hasAnyRole(EDIT_ALL)
                        .requestMatchers("/investment", "/investment/**")
                        .hasAnyRole(EVERY_ROLE)
                        .anyRequest()
                        .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form ->
                        form.loginPage("/signin").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"))
                .addFilterBefore(new SignInGate(throttle, errors), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(AccountGate.forPages(accounts, errors), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
