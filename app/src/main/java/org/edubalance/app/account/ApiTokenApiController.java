package org.edubalance.app.account;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own API tokens: list, create (the token is in this answer only), revoke. Every role. */
@RestController
@RequestMapping("/api/v1/account/tokens")
final class ApiTokenApiController {
    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiTokenResponse> mine(@AuthenticationPrincipal AccountDetails user) {
        return tokens.of(user.getUsername());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedApiToken create(@Valid @RequestBody ApiTokenRequest request, @AuthenticationPrincipal AccountDetails user) {
        return tokens.create(user.getUsername(), request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        tokens.revoke(user.getUsername(), id);
    }
}
