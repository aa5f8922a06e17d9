package org.edubalance.app.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.edubalance.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A change of an account.
 *
 * @param role the role
 * @param school for a principal: the school's code
 * @param enabled whether the account may sign in
 * @param password a new password, or {@code null} to keep it
 */
public record UserUpdateRequest(
        @NotNull Role role,
        @Nullable String school,
        boolean enabled,
        @Nullable @Size(min = 10, max = 200) String password) {}
