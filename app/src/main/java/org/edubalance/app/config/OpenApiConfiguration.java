package org.edubalance.app.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (UI at {@code /swagger-ui}): scripts sign in with a personal API token
 * ({@code token}: {@code Authorization: Bearer ebt_…}, created on the page /account/tokens or with
 * {@code POST /api/v1/account/tokens}) or, for compatibility, with HTTP Basic ({@code basic}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EduBalance API")
                        .version("v1")
                        .description(
                                "Regions, schools, school years, evaluations (docs/data-formats.md §2), imports and"
                                        + " exports. Errors are {\"code\", \"message\"} with stable codes. State-changing"
                                        + " requests that a browser sends from another site (Origin or Referer) are refused"
                                        + " with 403 CROSS_SITE_REQUEST; repeated failed sign-ins with 429"
                                        + " TOO_MANY_SIGN_INS and Retry-After."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("ebt_ personal API token")
                                        .description("A personal API token, created on the page /account/tokens or"
                                                + " with POST /api/v1/account/tokens; shown once, valid until it"
                                                + " expires or is revoked, acting with the account's current role."))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("The account's user name and password (kept for"
                                                + " compatibility; prefer a token for scripts).")))
                // Either scheme: two alternative requirements.
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
