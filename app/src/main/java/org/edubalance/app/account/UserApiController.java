package org.edubalance.app.account;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account management, for administrators only (enforced by the security configuration). */
@RestController
@RequestMapping("/api/v1/users")
final class UserApiController {
    private final AccountService accounts;

    UserApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserResponse> all() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse create(@Valid @RequestBody UserRequest request, @AuthenticationPrincipal AccountDetails admin) {
        return accounts.create(request, admin.getUsername());
    }

    @PutMapping("/{username}")
    UserResponse update(
            @PathVariable String username,
            @Valid @RequestBody UserUpdateRequest request,
            @AuthenticationPrincipal AccountDetails admin) {
        return accounts.update(username, request, admin.getUsername());
    }
}
