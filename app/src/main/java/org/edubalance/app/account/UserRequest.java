package org.edubalance.app.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.edubalance.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A new account.
 *
 * @param username the sign-in name
 * @param password at least 10 characters
 * @param role the role
 * @param school for a principal: the school's code
 */
public record UserRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(min = 10, max = 200) String password,
        @NotNull Role role,
        @Nullable String school) {}
